import type { AddonsSecurityReading } from './addons-security-reading.type';
import { readAddonsSecurity } from './read-addons-security.util';
import { odooXml, removeAddonTree, writeAddonTree } from './testing/addon-tree.test-util';
import { MINI_BASE, MINI_MODEL_XML_IDS } from './testing/mini-tree.test-util';

const roots: string[] = [];
afterAll(() => roots.forEach(removeAddonTree));

/** Reads MINI_BASE plus a module `x` whose one data file has `body`. */
function readWith(body: string): AddonsSecurityReading {
  const root = writeAddonTree([
    MINI_BASE,
    { name: 'x', manifest: { depends: ['base'], data: ['security/x.xml'] }, files: { 'security/x.xml': odooXml(body) } },
  ]);
  roots.push(root);
  return readAddonsSecurity({ addonsPaths: [root], odooVersion: '18.0', modelXmlIds: MINI_MODEL_XML_IDS, mode: 'lenient' });
}

const implied = (r: AddonsSecurityReading, xmlid: string) => [...r.groups.find((g) => g.xmlid === xmlid)!.impliedXmlids].sort();
const groupsOf = (r: AddonsSecurityReading, user: string) => [...r.users.find((u) => u.key === user)!.groupXmlids].sort();
const membersOf = (r: AddonsSecurityReading, group: string) => r.users.filter((u) => u.groupXmlids.includes(group)).map((u) => u.key).sort();

describe('record semantics', () => {
  it.each<[string, string, (r: AddonsSecurityReading) => unknown, unknown]>([
    [
      'Command.clear() on a group’s users removes every member',
      `<record id="base.group_system" model="res.groups"><field name="users" eval="[Command.clear()]"/></record>`,
      (r) => membersOf(r, 'base.group_system'),
      [],
    ],
    [
      '(6, 0, ids) on a group’s users replaces the members',
      `<record id="base.group_user" model="res.groups"><field name="user_ids" eval="[(6, 0, [ref('base.default_user')])]"/></record>`,
      (r) => membersOf(r, 'base.group_user'),
      ['base.default_user'],
    ],
    [
      'implied_by_ids (6, 0, ids) makes exactly those groups imply this one',
      `<record id="g" model="res.groups"><field name="name">G</field><field name="implied_by_ids" eval="[(4, ref('base.group_system'))]"/></record>
       <record id="g" model="res.groups"><field name="implied_by_ids" eval="[(6, 0, [ref('base.group_portal')])]"/></record>`,
      (r) => [implied(r, 'base.group_system'), implied(r, 'base.group_portal')],
      [['base.group_erp_manager'], ['x.g']],
    ],
    [
      'a record written twice keeps the last values and accumulates links',
      `<record id="g" model="res.groups"><field name="name">G</field><field name="implied_ids" eval="[(4, ref('base.group_user'))]"/></record>
       <record id="g" model="res.groups"><field name="name">G2</field><field name="implied_ids" eval="[(4, ref('base.group_portal'))]"/></record>`,
      (r) => [r.groups.find((g) => g.xmlid === 'x.g')!.name, implied(r, 'x.g'), r.groups.find((g) => g.xmlid === 'x.g')!.extensions],
      ['G2', ['base.group_portal', 'base.group_user'], [{ file: 'x/security/x.xml', line: 4 }]],
    ],
    [
      '<delete> removes a group and the links to it',
      `<delete model="res.groups" id="base.group_erp_manager"/>`,
      (r) => [r.groups.some((g) => g.xmlid === 'base.group_erp_manager'), implied(r, 'base.group_system'), r.acls.find((a) => a.xmlid === 'base.access_res_users_group_erp_manager')?.groupXmlid],
      [false, [], 'base.group_erp_manager'],
    ],
    [
      '<function write> with eval= arguments changes groups',
      `<function model="res.users" name="write" eval="[[ref('base.public_user')], {'groups_id': [Command.set([ref('base.group_portal')])], 'active': True}]"/>`,
      (r) => [groupsOf(r, 'base.public_user'), r.users.find((u) => u.key === 'base.public_user')!.active],
      [['base.group_portal'], true],
    ],
    [
      'nested <data> elements are read',
      `<data><data noupdate="1"><record id="n" model="res.groups"><field name="name">Nested</field></record></data></data>`,
      (r) => r.groups.find((g) => g.xmlid === 'x.n')?.name,
      'Nested',
    ],
    [
      'an x2many create command is not evaluated, with a warning',
      `<record id="base.group_user" model="res.groups"><field name="users" eval="[(0, 0, {'login': 'new'})]"/></record>`,
      (r) => r.warnings.map((w) => `${w.line}: ${w.message}`),
      ['3: x2many create command not evaluated'],
    ],
    [
      'a security record without an id is not read, with a warning',
      `<record model="res.groups"><field name="name">Anonymous</field></record>`,
      (r) => [r.groups.some((g) => g.name === 'Anonymous'), r.warnings.map((w) => w.message)],
      [false, ['<record model="res.groups"> without an id is not read']],
    ],
    [
      'a rule whose group cannot be resolved is left out, not made global',
      `<record id="r" model="ir.rule"><field name="model_id" ref="base.model_res_partner"/><field name="groups" eval="[(4, ref('group_nope'))]"/></record>`,
      (r) => [r.rules.some((rule) => rule.xmlid === 'x.r'), r.errors.map((e) => e.message)],
      [false, ['unknown XML id x.group_nope: no res.groups record of that id is loaded before this point']],
    ],
    [
      'an XML id reused for another model is an error',
      `<record id="base.group_user" model="res.users"><field name="login">x</field></record>`,
      (r) => r.errors.map((e) => e.message),
      ['base.group_user is already a res.groups record, not res.users'],
    ],
  ])('%s', (_label, body, observe, expected) => {
    expect(observe(readWith(body))).toEqual(expected);
  });
});
