import { corpusModelXmlIds } from './corpus-model-xml-ids.util';

describe('corpusModelXmlIds', () => {
  it('names each model as Odoo names its ir.model record', () => {
    const ids = corpusModelXmlIds('19.0');
    expect(ids.get('hr.model_hr_employee')).toBe('hr.employee');
    expect(ids.get('hr.model_hr_version')).toBe('hr.version');
    expect(ids.get('base.model_res_partner_bank')).toBe('res.partner.bank');
    expect(corpusModelXmlIds('17.0').has('hr.model_hr_version')).toBe(false);
  });
});
