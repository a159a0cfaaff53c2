import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { generateOrganisation } from '@sightline/odoo-corpus';
import type { CorpusTree } from '@sightline/odoo-corpus';
import type { Snapshot, User } from '@sightline/odoo-model';

export const hrApps = ['hr_timesheet', 'hr_holidays', 'hr_recruitment', 'hr_contract', 'hr_expense'];
export const adminKey = '#9000';

function timesheetAdministrator(groupXmlids: string[]): User {
  return {
    key: adminKey, xmlid: null, id: 9000, login: 'timesheet.admin@example.com', name: 'Timesheet Administrator', active: true, share: false,
    userType: 'internal', groupXmlids, companyKeys: ['base.main_company'], companyKey: 'base.main_company', loginDate: null, employee: null,
  };
}

/** Stock 17.0 with the HR apps, a generated organisation and a Timesheets administrator (or, `demoted`, a Timesheets user). */
export function hrSnapshot(tree: CorpusTree, demoted: boolean): Snapshot {
  const { snapshot } = readAddonsSnapshot({ addonsPaths: [tree.addonsPath], odooVersion: '17.0', install: hrApps, mode: 'lenient', createdAt: '2026-01-01T00:00:00Z' });
  const organisation = generateOrganisation(snapshot, { users: 60, seed: 11 });
  const admin = timesheetAdministrator(['base.group_user', demoted ? 'hr_timesheet.group_hr_timesheet_user' : 'hr_timesheet.group_timesheet_manager']);
  return { ...organisation, users: [...organisation.users, admin] };
}
