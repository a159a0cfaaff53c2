import { isXmlId } from './is-xml-id.util';
import { modelXmlIdName } from './model-xml-id-name.util';
import { qualifyXmlId } from './qualify-xml-id.util';
import { splitXmlId } from './split-xml-id.util';

describe('xml id helpers', () => {
  it.each([
    ['group_hr_user', 'hr', 'hr.group_hr_user'],
    ['base.group_user', 'hr', 'base.group_user'],
    ['model_hr_employee', 'hr', 'hr.model_hr_employee'],
  ])('qualifies %s inside %s as %s', (ref, module, expected) => {
    expect(qualifyXmlId(ref, module)).toBe(expected);
  });

  it.each([
    ['hr.group_hr_user', { module: 'hr', name: 'group_hr_user' }],
    ['__export__.res_groups_12_ab', { module: '__export__', name: 'res_groups_12_ab' }],
    ['group_hr_user', null],
    ['.x', null],
    ['x.', null],
  ])('splits %s', (xmlid, expected) => {
    expect(splitXmlId(xmlid)).toEqual(expected);
  });

  it.each([
    ['hr.group_hr_user', true],
    ['base.model_res_partner_bank', true],
    ['group_hr_user', false],
    ['a.b.c', false],
    ['a. b', false],
  ])('isXmlId(%s) is %s', (value, expected) => {
    expect(isXmlId(value)).toBe(expected);
  });

  it.each([
    ['hr.employee', 'model_hr_employee'],
    ['res.partner.bank', 'model_res_partner_bank'],
    ['res_partner', 'model_res_partner'],
  ])('names the ir.model xml id of %s', (model, expected) => {
    expect(modelXmlIdName(model)).toBe(expected);
  });
});
