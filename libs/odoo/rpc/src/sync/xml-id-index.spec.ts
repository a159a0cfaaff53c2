import { XmlIdIndex } from './xml-id-index';

describe('XmlIdIndex', () => {
  const index = new XmlIdIndex([
    { id: 30, module: '__export__', name: 'res_groups_7_abcd', model: 'res.groups', res_id: 7 },
    { id: 40, module: 'my_module', name: 'group_x', model: 'res.groups', res_id: 7 },
    { id: 10, module: 'hr', name: 'model_hr_employee', model: 'ir.model', res_id: 3 },
    { id: 50, module: 'hr_skills', name: 'model_hr_employee', model: 'ir.model', res_id: 3 },
  ]);

  it('prefers a real module over generated ids, then the oldest', () => {
    expect(index.xmlid('res.groups', 7)).toBe('my_module.group_x');
    expect(index.xmlid('ir.model', 3)).toBe('hr.model_hr_employee');
  });

  it('keys records without an XML id', () => {
    expect(index.xmlid('res.users', 9)).toBeNull();
    expect(index.recordKey('res.users', 9)).toBe('#9');
    expect(index.xmlidOrExport('ir.model.access', 12)).toBe('__export__.ir_model_access_12');
  });
});
