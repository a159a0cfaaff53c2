import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { generateOrganisation, realOdooTree } from '@sightline/odoo-corpus';
import type { Snapshot, User } from '@sightline/odoo-model';

export const hrApps = ['hr_timesheet', 'hr_holidays', 'hr_recruitment', 'hr_contract', 'hr_expense'];
export const adminKey = '#9000';

let reading: Snapshot | undefined;

function timesheetAdministrator(groupXmlids: string[]): User {
  return {
    key: adminKey, xmlid: null, id: 9000, login: 'timesheet.admin@example.com', name: 'Timesheet Administrator', active: true, share: false,
    userType: 'internal', groupXmlids, companyKeys: ['base.main_company'], companyKey: 'base.main_company', loginDate: null, employee: null,
  };
}

/**
 * The published 17.0 tree (unpacked once under the system's temp folder) with the HR apps, read
 * once per process, a generated organisation and a Timesheets administrator (or, `demoted`, a
 * Timesheets user).
 */
export function hrSnapshot(demoted: boolean): Snapshot {
  reading ??= readAddonsSnapshot({ addonsPaths: realOdooTree('17.0').addonsPaths, odooVersion: '17.0', install: hrApps, createdAt: '2026-01-01T00:00:00Z' }).snapshot;
  const organisation = generateOrganisation(reading, { users: 60, seed: 11 });
  const admin = timesheetAdministrator(['base.group_user', demoted ? 'hr_timesheet.group_hr_timesheet_user' : 'hr_timesheet.group_timesheet_manager']);
  return { ...organisation, users: [...organisation.users, admin] };
}
