import { createSnapshot } from '@sightline/odoo-model';
import { aclRecord as acl, allPerms as all, groupRecord as group, ruleRecord as rule, userRecord as user } from '@sightline/odoo-model/testing';
import type { Snapshot, User } from '@sightline/odoo-model';

/**
 * A small snapshot in the shape of stock Odoo 17: the Timesheets administrator (#6) implies the HR
 * officer, who reads employees' private e-mail; #3 is a plain internal user; #7 is archived.
 */
export function sampleSnapshot(users?: User[]): Snapshot {
  return createSnapshot({
    meta: {
      odooVersion: '17.0',
      source: { kind: 'addons', description: 'sample tree' },
      createdAt: '2026-11-23T12:00:00Z',
      modules: [
        { name: 'base', version: '17.0.1.3', depends: [], autoInstall: false, loadIndex: 0 },
        { name: 'hr', version: '17.0.1.1', depends: ['base'], autoInstall: false, loadIndex: 1 },
        { name: 'hr_timesheet', version: '17.0.1.0', depends: ['hr'], autoInstall: false, loadIndex: 2 },
      ],
      warnings: [],
    },
    groups: [
      group('base.group_user', 'Internal User', [], { userType: 'internal' }),
      group('hr.group_hr_user', 'Officer: Manage all employees', ['base.group_user']),
      group('hr.group_hr_manager', 'Administrator', ['hr.group_hr_user']),
      group('hr_timesheet.group_timesheet_manager', 'Administrator', ['hr.group_hr_user']),
    ],
    users: users ?? [
      user('#2', 2, ['hr.group_hr_manager']),
      user('#3', 3, ['base.group_user']),
      user('#6', 6, ['hr_timesheet.group_timesheet_manager']),
      user('#7', 7, ['hr.group_hr_manager'], { active: false }),
    ],
    models: [
      { name: 'hr.employee', description: 'Employee', kind: 'Model', module: 'hr', inherits: [] },
      { name: 'res.partner', description: 'Contact', kind: 'Model', module: 'base', inherits: [] },
    ],
    fields: [
      { model: 'hr.employee', name: 'name', type: 'Char', related: null, groups: [], groupsSource: 'none' },
      { model: 'hr.employee', name: 'private_email', type: 'Char', related: null, groups: [{ xmlid: 'hr.group_hr_user', negated: false }], groupsSource: 'explicit' },
      { model: 'hr.employee', name: 'ssnid', type: 'Char', related: null, groups: [{ xmlid: 'hr.group_hr_user', negated: false }], groupsSource: 'explicit' },
      { model: 'hr.employee', name: 'x_shoe_size', type: 'Integer', related: null, groups: [], groupsSource: 'none' },
    ],
    acls: [
      acl('hr.access_hr_employee_user', 'hr.employee', 'hr.group_hr_user', all),
      acl('hr.access_hr_employee_public', 'hr.employee', 'base.group_user'),
      acl('base.access_res_partner_all', 'res.partner', null),
    ],
    rules: [rule('hr.hr_employee_comp_rule', 'hr.employee', [], "['|',('company_id','=',False),('company_id','in',company_ids)]")],
    defaultUserGroupXmlids: ['base.group_user'],
  });
}
