import { join } from 'node:path';
import { computeImpliedClosure, type Group } from '@sightline/odoo-model';
import { AddonsReadError } from './addons-read.error';
import type { AddonsSecurityReading } from './addons-security-reading.type';
import { formatReadProblem } from './format-read-problem.util';
import { readAddonsSecurity } from './read-addons-security.util';
import type { ReadAddonsOptions } from './read-addons-options.type';
import { removeAddonTree, writeAddonTree } from './testing/addon-tree.test-util';
import { MINI_BASE, MINI_HR, MINI_HR_EXTRA, MINI_MODEL_XML_IDS } from './testing/mini-tree.test-util';

const tree = writeAddonTree([MINI_BASE, MINI_HR, MINI_HR_EXTRA]);
afterAll(() => removeAddonTree(tree));

function read(options: Partial<ReadAddonsOptions> = {}): AddonsSecurityReading {
  return readAddonsSecurity({ addonsPaths: [tree], odooVersion: '17.0', modelXmlIds: MINI_MODEL_XML_IDS, ...options });
}

const byXmlId = <T extends { xmlid: string | null }>(items: readonly T[], xmlid: string): T => items.find((i) => i.xmlid === xmlid)!;

describe('readAddonsSecurity on a small tree', () => {
  const reading = read();

  it('installs and orders the modules', () => {
    expect(reading.modules.map((m) => [m.name, m.loadIndex, m.version])).toEqual([
      ['base', 0, '17.0.1.0'],
      ['hr', 1, '17.0.1.0'],
      ['hr_extra', 2, '17.0.1.0'],
    ]);
    expect(reading.errors).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['base.group_user', []],
    ['base.group_erp_manager', ['base.group_user']],
    ['hr.group_hr_user', ['base.group_user']],
    // (4, extra) added by hr_extra, (3, hr_user) removed by it
    ['hr.group_hr_manager', ['hr_extra.group_extra_officer']],
    ['hr_extra.group_extra_officer', ['base.group_erp_manager', 'hr.group_hr_user']],
    // implied_by_ids on the viewer writes the system group's implied_ids
    ['base.group_system', ['base.group_erp_manager', 'hr_extra.group_extra_viewer']],
  ])('%s directly implies %j', (xmlid, implied) => {
    expect([...byXmlId(reading.groups, xmlid).impliedXmlids].sort()).toEqual(implied);
  });

  it('keeps the implication closure across modules', () => {
    const closure = computeImpliedClosure(reading.groups);
    expect([...closure.get('hr.group_hr_manager')!].sort()).toEqual([
      'base.group_erp_manager',
      'base.group_user',
      'hr.group_hr_user',
      'hr_extra.group_extra_officer',
    ]);
  });

  it('describes groups: names, categories (manifest-made and XML), share, user type, where defined and extended', () => {
    const hrUser = byXmlId(reading.groups, 'hr.group_hr_user');
    expect(hrUser).toEqual<Group>({
      xmlid: 'hr.group_hr_user',
      name: 'Officer: Manage all employees',
      module: 'hr',
      category: { xmlid: 'base.module_category_human_resources_employees', name: 'Employees' },
      privilege: null,
      impliedXmlids: ['base.group_user'],
      share: false,
      comment: 'The user will be able to create and edit employees.',
      userType: null,
      source: { file: 'hr/security/hr_security.xml', line: 4 },
    });
    expect(byXmlId(reading.groups, 'base.group_user')).toMatchObject({
      name: 'Internal User',
      userType: 'internal',
      category: { xmlid: 'base.module_category_user_type', name: 'User types' },
      source: { file: 'base/security/base_groups.xml', line: 13 },
      extensions: [{ file: 'base/data/ir_module_category_data.xml', line: 14 }],
    });
    expect(byXmlId(reading.groups, 'hr.group_hr_manager').extensions).toEqual([{ file: 'hr_extra/security/security.xml', line: 8 }]);
    expect(byXmlId(reading.groups, 'base.group_portal')).toMatchObject({ share: true, userType: 'portal' });
    expect(byXmlId(reading.groups, 'base.group_public')).toMatchObject({ share: true, userType: 'public' });
  });

  it.each<[string, Partial<AddonsSecurityReading['users'][number]>]>([
    ['base.user_root', { login: '__system__', active: false, userType: 'internal', companyKey: 'base.main_company', groupXmlids: ['base.group_system', 'base.group_user', 'hr.group_hr_manager'] }],
    ['base.user_admin', { login: 'admin', active: true, share: false, groupXmlids: ['base.group_system', 'base.group_user', 'hr.group_hr_manager', 'hr_extra.group_extra_viewer'] }],
    ['base.default_user', { login: 'default', name: 'Default User Template', active: false, groupXmlids: ['base.group_user', 'hr.group_hr_manager'] }],
    ['base.public_user', { login: 'public', active: false, share: true, userType: 'public', groupXmlids: ['base.group_public'] }],
  ])('reads user %s', (xmlid, expected) => {
    const user = byXmlId(reading.users, xmlid);
    expect({ ...user, groupXmlids: [...user.groupXmlids].sort() }).toMatchObject({ key: xmlid, ...expected });
  });

  it('reads the default groups of new users (17/18: base.default_user)', () => {
    expect([...reading.defaultUserGroupXmlids].sort()).toEqual(['base.group_user', 'hr.group_hr_manager']);
    expect(read({ odooVersion: '19.0' }).defaultUserGroupXmlids).toEqual([]);
  });

  it('loads demo files only when asked', () => {
    expect([...read({ demo: true }).defaultUserGroupXmlids]).toEqual(['base.group_user']);
  });

  it.each<[string, object]>([
    ['base.access_res_partner_public', { groupXmlid: null, perms: { read: true, write: true, create: false, unlink: false }, name: 'res_partner group_public (hr)', model: 'res.partner', source: { file: 'base/security/ir.model.access.csv', line: 2 }, extensions: [{ file: 'hr/security/ir.model.access.csv', line: 4 }] }],
    ['base.access_res_partner_group_user', { groupXmlid: 'base.group_user', perms: { read: true, write: true, create: true, unlink: false } }],
    ['base.access_res_users_group_erp_manager', { model: 'res.users', source: { file: 'base/security/ir.model.access.csv', line: 5 } }],
    ['hr.access_hr_employee_user', { model: 'hr.employee', groupXmlid: 'hr.group_hr_user', module: 'hr', perms: { read: true, write: true, create: true, unlink: true } }],
    ['hr.access_hr_employee_system_user', { groupXmlid: 'base.group_system', perms: { read: true, write: false, create: false, unlink: false } }],
    ['hr_extra.access_extra', { model: 'hr.department', groupXmlid: 'hr_extra.group_extra_viewer', perms: { read: true, write: false, create: false, unlink: false }, active: true }],
  ])('reads ACL %s', (xmlid, expected) => {
    expect(byXmlId(reading.acls, xmlid)).toMatchObject(expected);
  });

  it.each<[string, object]>([
    ['hr.hr_employee_comp_rule', { model: 'hr.employee', groupXmlids: [], domain: "['|',('company_id','=',False),('company_id', 'in', company_ids)]", perms: { read: true, write: true, create: true, unlink: true }, active: true }],
    ['hr.ir_rule_res_partner_bank_employees', { model: 'res.partner.bank', groupXmlids: ['hr.group_hr_user'], domain: "[(1, '=', 1)]", perms: { read: false, write: true, create: true, unlink: true } }],
    ['hr.hr_dept_rule_search', { model: 'hr.department', active: false, domain: null }],
  ])('reads rule %s', (xmlid, expected) => {
    expect(byXmlId(reading.rules, xmlid)).toMatchObject(expected);
  });

  it('counts what it read', () => {
    expect([reading.groups.length, reading.users.length, reading.acls.length, reading.rules.length]).toEqual([9, 4, 6, 3]);
  });

  it('warns about what it could not take into account, naming file and line', () => {
    expect(reading.warnings.map(formatReadProblem)).toEqual([
      `${join(tree, 'hr/views/hr_views.xml')}: listed in the manifest of 'hr' but missing`,
      `${join(tree, 'hr_extra/security/security.xml')}:25:5: <function model="res.users" name="_init_data"> not evaluated`,
      `${join(tree, 'hr_extra/security/security.xml')}:26:5: <delete model="ir.ui.menu"> not evaluated`,
    ]);
  });

  it('refuses a module asked for whose dependency is in no addons path, naming its manifest; leaves it out with a warning by default', () => {
    const partial = writeAddonTree([MINI_HR]);
    try {
      expect(readAddonsSecurity({ addonsPaths: [partial], odooVersion: '17.0', modelXmlIds: MINI_MODEL_XML_IDS }).warnings.map(formatReadProblem)).toEqual([
        `${join(partial, 'hr/__manifest__.py')}: module 'hr' depends on 'base', which is in no addons path`,
      ]);
      const options = { addonsPaths: [partial], odooVersion: '17.0', modelXmlIds: MINI_MODEL_XML_IDS, install: ['hr'] };
      const message = `${join(partial, 'hr/__manifest__.py')}: module 'hr' depends on 'base', which is in no addons path`;
      expect(() => readAddonsSecurity(options)).toThrow(new AddonsReadError([{ file: join(partial, 'hr/__manifest__.py'), message: "module 'hr' depends on 'base', which is in no addons path" }]));
      expect(readAddonsSecurity({ ...options, mode: 'lenient' }).errors.map(formatReadProblem)).toEqual([message]);
    } finally {
      removeAddonTree(partial);
    }
  });
});

describe('readAddonsSecurity on custom modules alone (missingDependencies: external)', () => {
  const partial = writeAddonTree([
    {
      name: 'my_hr',
      manifest: { depends: ['hr'], data: ['security/security.xml', 'security/ir.model.access.csv'] },
      files: {
        'security/security.xml': `<openerp><data>
  <record id="group_my" model="res.groups">
    <field name="name">Mine</field>
    <field name="implied_ids" eval="[(4, ref('hr.group_hr_user'))]"/>
  </record>
  <record id="hr.group_hr_manager" model="res.groups">
    <field name="implied_ids" eval="[(4, ref('group_my'))]"/>
  </record>
  <record id="hr.some_rule" model="ir.rule">
    <field name="active" eval="False"/>
  </record>
</data></openerp>`,
        'security/ir.model.access.csv': 'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink\naccess_my,my,hr.model_hr_employee,hr.group_hr_user,1,0,0,0\naccess_other,other,account.model_account_move,group_my,1,0,0,0\n',
      },
    },
  ]);
  afterAll(() => removeAddonTree(partial));
  const reading = readAddonsSecurity({
    addonsPaths: [partial],
    odooVersion: '18.0',
    modelXmlIds: MINI_MODEL_XML_IDS,
    missingDependencies: 'external',
  });

  it('keeps external references and extends external groups without a source', () => {
    expect(reading.modules.map((m) => m.name)).toEqual(['my_hr']);
    expect(reading.externalRefs).toEqual(['account.model_account_move', 'hr.group_hr_manager', 'hr.group_hr_user', 'hr.some_rule']);
    expect(byXmlId(reading.groups, 'hr.group_hr_manager')).toMatchObject({
      name: null,
      module: 'hr',
      impliedXmlids: ['my_hr.group_my'],
      extensions: [{ file: 'my_hr/security/security.xml', line: 6 }],
    });
    expect(byXmlId(reading.groups, 'hr.group_hr_manager').source).toBeUndefined();
    expect(byXmlId(reading.acls, 'my_hr.access_my')).toMatchObject({ model: 'hr.employee', groupXmlid: 'hr.group_hr_user' });
  });

  it('leaves out what it cannot complete, with a warning', () => {
    expect(reading.acls.map((a) => a.xmlid)).toEqual(['my_hr.access_my']);
    expect(reading.warnings.map((w) => w.message)).toEqual([
      "model of account.model_account_move is unknown (module 'account' is outside the tree); record left out",
      'hr.some_rule is defined outside the tree; the change made here is left out',
    ]);
    expect(reading.errors).toEqual([]);
  });
});
