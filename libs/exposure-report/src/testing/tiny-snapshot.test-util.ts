import type { Acl, FieldInfo, Group, Snapshot, User } from '@sightline/odoo-model';
import { createSnapshot } from '@sightline/odoo-model';

const PERMS = { read: true, write: false, create: false, unlink: false };

function group(xmlid: string, name: string, impliedXmlids: string[]): Group {
  const module = xmlid.split('.')[0]!;
  return { xmlid, name, module, category: null, privilege: null, impliedXmlids, share: false, comment: null, userType: xmlid === 'base.group_user' ? 'internal' : null };
}

function user(key: string, groupXmlids: string[], active = true): User {
  return {
    key, xmlid: key, id: null, login: key.split('.')[1]!, name: key, active, share: false, userType: 'internal', groupXmlids,
    companyKeys: ['base.main_company'], companyKey: 'base.main_company', loginDate: null, employee: null,
  };
}

function field(model: string, name: string, groups: string[]): FieldInfo {
  return { model, name, type: 'char', related: null, groups: groups.map((xmlid) => ({ xmlid, negated: false })), groupsSource: groups.length ? 'explicit' : 'none' };
}

function acl(xmlid: string, model: string, groupXmlid: string, write: boolean): Acl {
  return { xmlid, name: xmlid, model, groupXmlid, perms: { ...PERMS, write }, active: true, module: xmlid.split('.')[0]! };
}

/**
 * Employees' private e-mail behind HR Officer, reached by `x.group_chain` through it; partners'
 * e-mail readable by every internal user. Alice holds the chain group, Bob is a plain internal user,
 * Carol an inactive HR Officer.
 */
export function tinySnapshot(): Snapshot {
  return createSnapshot({
    meta: { odooVersion: '17.0', source: { kind: 'addons', description: 'tiny' }, createdAt: '2025-01-01T00:00:00Z', modules: [], warnings: [] },
    groups: [group('x.group_chain', 'Chain', ['hr.group_hr_user']), group('base.group_user', 'Internal User', []), group('hr.group_hr_user', 'Officer', ['base.group_user'])],
    users: [user('base.user_carol', ['hr.group_hr_user'], false), user('base.user_bob', ['base.group_user']), user('base.user_alice', ['x.group_chain'])],
    companies: [{ key: 'base.main_company', xmlid: 'base.main_company', id: 1, name: 'Main', parentKey: null }],
    models: ['hr.employee', 'res.partner'].map((name) => ({ name, description: null, kind: 'Model', module: name.split('.')[0]!, inherits: [] })),
    fields: [field('hr.employee', 'private_email', ['hr.group_hr_user']), field('hr.employee', 'name', []), field('res.partner', 'email', [])],
    acls: [acl('hr.access_hr_employee_user', 'hr.employee', 'hr.group_hr_user', true), acl('base.access_res_partner', 'res.partner', 'base.group_user', false)],
    rules: [{ xmlid: 'hr.hr_employee_comp_rule', name: 'company', model: 'hr.employee', groupXmlids: [], domain: "[('company_id', 'in', company_ids)]", perms: { read: true, write: true, create: true, unlink: true }, active: true, module: 'hr' }],
    classifications: [
      { model: 'res.partner', field: 'email', categories: ['user.contact.email'], subjects: ['customer'] },
      { model: 'hr.employee', field: 'private_email', categories: ['user.contact.email'], subjects: ['employee'] },
      { model: 'hr.employee', field: 'name', categories: ['user.name'], subjects: ['employee'] },
    ],
  });
}
