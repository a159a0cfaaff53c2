import { odooFieldTtype } from './odoo-field-ttype.util';

describe('odooFieldTtype', () => {
  it.each([
    ['Char', 'char'],
    ['Many2one', 'many2one'],
    ['One2many', 'one2many'],
    ['Many2oneReference', 'many2one_reference'],
    ['PropertiesDefinition', 'properties_definition'],
    ['Image', 'binary'],
    ['Id', 'integer'],
    ['many2one', 'many2one'],
    ['many2one_reference', 'many2one_reference'],
  ])('%s → %s', (type, ttype) => {
    expect(odooFieldTtype(type)).toBe(ttype);
  });
});
