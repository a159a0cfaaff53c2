import type { Group } from '../schema/group.schema';
import type { Snapshot } from '../schema/snapshot.schema';
import { createSnapshot } from '../schema/create-snapshot.util';
import type { User } from '../schema/user.schema';

const ALL = { read: true, write: true, create: true, unlink: true };

export function group(xmlid: string, impliedXmlids: string[] = [], extra: Partial<Group> = {}): Group {
  return {
    xmlid,
    name: xmlid.split('.')[1]!,
    module: xmlid.split('.')[0]!,
    category: null,
    privilege: null,
    impliedXmlids,
    share: false,
    comment: null,
    userType: xmlid === 'base.group_user' ? 'internal' : null,
    ...extra,
  };
}

export function user(key: string, groupXmlids: string[], extra: Partial<User> = {}): User {
  return {
    key,
    xmlid: key.startsWith('#') ? null : key,
    id: null,
    login: key,
    name: key,
    active: true,
    share: false,
    userType: 'internal',
    groupXmlids,
    companyKeys: ['base.main_company'],
    companyKey: 'base.main_company',
    loginDate: null,
    employee: null,
    ...extra,
  };
}

/** A small 18.0-like snapshot: base and hr groups, two users, ACLs, a rule, field groups. */
export function sampleSnapshot(): Snapshot {
  return createSnapshot({
    meta: {
      odooVersion: '18.0',
      source: { kind: 'addons', description: 'sample' },
      createdAt: '2025-01-31T08:12:03Z',
      modules: [
        { name: 'base', version: '18.0.1.3', depends: [], autoInstall: true, loadIndex: 0 },
        { name: 'hr', version: '18.0.1.1', depends: ['base', 'mail'], autoInstall: false, loadIndex: 1 },
      ],
      warnings: [{ message: 'function res.users.write not evaluated', file: 'hr/data/hr_data.xml', line: 12 }],
    },
    groups: [
      group('base.group_user', ['base.group_no_one'], { source: { file: 'base/security/base_groups.xml', line: 25 } }),
      group('base.group_no_one'),
      group('hr.group_hr_user', ['base.group_user'], {
        category: { xmlid: 'base.module_category_human_resources_employees', name: 'Employees' },
      }),
      group('hr.group_hr_manager', ['hr.group_hr_user'], {
        extensions: [{ file: 'hr_holidays/security/hr_holidays_security.xml', line: 40 }],
      }),
    ],
    users: [user('base.user_admin', ['hr.group_hr_manager', 'base.group_user']), user('#7', ['base.group_user'])],
    models: [
      { name: 'hr.employee', description: 'Employee', kind: 'Model', module: 'hr', inherits: [] },
      { name: 'hr.version', description: 'Version', kind: 'Model', module: 'hr', inherits: [] },
    ],
    fields: [
      {
        model: 'hr.employee',
        name: 'ssnid',
        type: 'Char',
        related: null,
        groups: [{ xmlid: 'hr.group_hr_user', negated: false }],
        groupsSource: 'explicit',
        setBy: { module: 'hr', file: 'models/hr_employee.py', line: 120 },
      },
      { model: 'hr.employee', name: 'name', type: 'Char', related: null, groups: [], groupsSource: 'none' },
    ],
    acls: [
      {
        xmlid: 'hr.access_hr_employee_user',
        name: 'hr.employee user',
        model: 'hr.employee',
        groupXmlid: 'hr.group_hr_user',
        perms: ALL,
        active: true,
        module: 'hr',
        source: { file: 'hr/security/ir.model.access.csv', line: 5 },
      },
    ],
    rules: [
      {
        xmlid: 'hr.hr_employee_comp_rule',
        name: 'Employee multi company rule',
        model: 'hr.employee',
        groupXmlids: [],
        domain: "[('company_id', 'in', company_ids + [False])]",
        perms: ALL,
        active: true,
        module: 'hr',
      },
    ],
    defaultUserGroupXmlids: ['hr.group_hr_manager', 'base.group_user'],
    classifications: [{ model: 'hr.employee', field: 'ssnid', categories: ['user.government_id'], subjects: ['employee'] }],
  });
}
