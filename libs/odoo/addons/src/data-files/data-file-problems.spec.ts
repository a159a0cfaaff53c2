import { join } from 'node:path';
import { AddonsReadError } from './addons-read.error';
import { formatReadProblem } from './format-read-problem.util';
import { readAddonsSecurity } from './read-addons-security.util';
import type { ReadAddonsOptions } from './read-addons-options.type';
import { odooXml, removeAddonTree, writeAddonTree } from './testing/addon-tree.test-util';
import { MINI_BASE, MINI_MODEL_XML_IDS } from './testing/mini-tree.test-util';

const CSV_HEADER = 'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink';

/** Each case: one file of module `x`, and the single error expected, as `path:line[:column]: message`. */
const CASES: [string, string, string, string | RegExp][] = [
  [
    'malformed XML',
    'security/x.xml',
    '<odoo>\n  <record id="a" model="res.groups">\n    <field name="name">A</field>\n  </odoo>\n',
    /^x\/security\/x\.xml:4:\d+: malformed XML: unexpected close tag/,
  ],
  ['an XML file that is not Odoo data', 'security/x.xml', '<?xml version="1.0"?>\n<templates><record id="g" model="res.groups"/></templates>', 'x/security/x.xml:2:1: root element must be <odoo>, <openerp> or <data>, found <templates>'],
  [
    'a CSV cell that is not a boolean',
    'security/ir.model.access.csv',
    `${CSV_HEADER}\n\n"access_a","a","base.model_res_partner","","maybe","0","0","0"\n`,
    'x/security/ir.model.access.csv:3: perm_read: not a boolean: "maybe"',
  ],
  [
    'a CSV quote left open',
    'security/ir.model.access.csv',
    `${CSV_HEADER}\naccess_a,a,base.model_res_partner,,1,0,0,0\n"access_b,b,base.model_res_partner,,1,0,0,0\n`,
    /^x\/security\/ir\.model\.access\.csv:\d+: malformed CSV: Quote Not Closed/,
  ],
  ['a CSV without ids', 'security/ir.model.access.csv', 'name,model_id:id\na,base.model_res_partner\n', 'x/security/ir.model.access.csv:1: CSV data file without an "id" column'],
  [
    'an unknown group in an eval',
    'security/x.xml',
    odooXml(`  <record id="g" model="res.groups">\n    <field name="name">G</field>\n    <field name="implied_ids" eval="[(4, ref('group_nope'))]"/>\n  </record>`),
    'x/security/x.xml:5: unknown XML id x.group_nope: no res.groups record of that id is loaded before this point',
  ],
  [
    'an unknown group in a CSV',
    'security/ir.model.access.csv',
    `${CSV_HEADER}\naccess_a,a,base.model_res_partner,base.group_nope,1,0,0,0\n`,
    'x/security/ir.model.access.csv:2: unknown XML id base.group_nope: no res.groups record of that id is loaded before this point',
  ],
  ['an unknown model', 'security/ir.model.access.csv', `${CSV_HEADER}\naccess_a,a,model_x_thing,,1,0,0,0\n`, 'x/security/ir.model.access.csv:2: unknown model XML id x.model_x_thing'],
  [
    'an unparsable eval, at the column of the fault',
    'security/x.xml',
    odooXml(`  <record id="g" model="res.groups">\n    <field name="implied_ids" eval="[(4, ref('base.group_user')]"/>\n  </record>`),
    /^x\/security\/x\.xml:4:64: unparsable eval="\[\(4, ref\('base\.group_user'\)\]": /,
  ],
  [
    'an eval needing the database',
    'security/x.xml',
    odooXml(`  <record id="g" model="res.groups">\n    <field name="implied_ids" eval="[(4, obj().env.ref('base.group_user').id)]"/>\n  </record>`),
    /^x\/security\/x\.xml:4:42: cannot evaluate eval="\[\(4, obj\(\)\.env.*name 'obj' is not defined/,
  ],
  [
    'a reference to a record of another model',
    'security/x.xml',
    odooXml(`  <record id="r" model="ir.rule">\n    <field name="model_id" ref="base.model_res_partner"/>\n    <field name="groups" eval="[(4, ref('base.user_admin'))]"/>\n  </record>`),
    'x/security/x.xml:5: base.user_admin is a res.users record, not res.groups',
  ],
  [
    'an XML id with two dots',
    'security/x.xml',
    odooXml(`  <record id="x.y.z" model="res.groups"><field name="name">Z</field></record>`),
    'x/security/x.xml:3:3: invalid XML id "x.y.z": at most one dot',
  ],
  [
    'an ACL without a name',
    'security/x.xml',
    odooXml(`  <record id="acl" model="ir.model.access">\n    <field name="model_id" ref="base.model_res_partner"/>\n  </record>`),
    'x/security/x.xml:3: x.acl has no name',
  ],
  [
    'a reference to a module not installed',
    'security/x.xml',
    odooXml(`  <record id="g" model="res.groups">\n    <field name="implied_ids" eval="[(4, ref('y.group_y'))]"/>\n  </record>`),
    "x/security/x.xml:4: y.group_y refers to module 'y', which is not installed",
  ],
];

describe('problems in data files name file, line and cause', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeAddonTree));

  function treeWith(path: string, text: string): string {
    const root = writeAddonTree([
      MINI_BASE,
      { name: 'x', manifest: { depends: ['base'], data: [path] }, files: { [path]: text } },
      { name: 'y', manifest: { depends: ['base'] } },
    ]);
    roots.push(root);
    return root;
  }

  const options = (root: string): ReadAddonsOptions => ({ addonsPaths: [root], odooVersion: '17.0', modelXmlIds: MINI_MODEL_XML_IDS, install: ['x'] });

  it.each(CASES)('%s (lenient: collected)', (_label, path, text, expected) => {
    const root = treeWith(path, text);
    const { errors } = readAddonsSecurity({ ...options(root), mode: 'lenient' });
    expect(errors.map((e) => formatReadProblem(e).replace(`${root}/`, ''))).toEqual([expected instanceof RegExp ? expect.stringMatching(expected) : expected]);
  });

  it.each(CASES)('%s (strict: thrown)', (_label, path, text, expected) => {
    const root = treeWith(path, text);
    const read = () => readAddonsSecurity(options(root));
    expect(read).toThrow(AddonsReadError);
    expect(read).toThrow(expected instanceof RegExp ? new RegExp(expected.source.replace('^', `^${root}/`)) : `${root}/${expected}`);
  });

  it('reads CSV rows as Odoo does when their cell count differs from the header, with a warning', () => {
    const root = treeWith('security/ir.model.access.csv', `${CSV_HEADER}\naccess_a,a,base.model_res_partner,,1,0,0,0,extra\naccess_b,b,base.model_res_partner,,1\n`);
    const reading = readAddonsSecurity(options(root));
    expect(reading.acls.filter((acl) => acl.module === 'x').map((acl) => [acl.xmlid, acl.perms.read, acl.perms.write])).toEqual([['x.access_a', true, false], ['x.access_b', true, false]]);
    expect(reading.warnings.map((w) => formatReadProblem(w).replace(`${root}/`, ''))).toEqual([
      'x/security/ir.model.access.csv:2: row has 9 cells, the header 8: the last 1 ignored',
      'x/security/ir.model.access.csv:3: row has 5 cells, the header 8: the missing ones read as empty',
    ]);
  });

  it('reads <data> as the root element, as Odoo 17 still does', () => {
    const root = treeWith('security/x.xml', '<?xml version="1.0"?>\n<data>\n  <record id="g" model="res.groups"><field name="name">G</field></record>\n</data>\n');
    expect(readAddonsSecurity(options(root)).groups.map((g) => g.xmlid)).toContain('x.g');
  });

  it('treats a missing data file as a warning, or as an error when asked', () => {
    const root = treeWith('security/nope.xml', '');
    const missing = join(root, 'x', 'views', 'absent.xml');
    const tree = writeAddonTree([{ name: 'x', manifest: { depends: ['base'], data: ['views/absent.xml'] } }], root);
    expect(tree).toBe(root);
    const lenient = readAddonsSecurity({ ...options(root), mode: 'lenient' });
    expect(lenient.errors).toEqual([]);
    expect(lenient.warnings.map(formatReadProblem)).toEqual([`${missing}: listed in the manifest of 'x' but missing`]);
    expect(() => readAddonsSecurity({ ...options(root), missingFiles: 'error' })).toThrow(`${missing}: listed in the manifest of 'x' but missing`);
  });
});
