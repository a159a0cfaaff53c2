import type { CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';
import { exposureByField } from './exposure-by-field.util';
import { exposureByGroup } from './exposure-by-group.util';
import { exposureByUser } from './exposure-by-user.util';
import type { GroupExposureReport, GroupFieldAccess } from './group-exposure-report.type';
import { hrDataFilter } from './hr-data-filter.util';
import { hrAppsSnapshot, REAL_TREE_TIMEOUT_MS } from './testing/hr-apps-snapshot.test-util';

const HR_USER = 'hr.group_hr_user';

/** The issue's acceptance facts: groups that read employees' private data through Employees / Officer, and how. */
const READ_THROUGH_HR_OFFICER: Record<CorpusVersion, Record<string, readonly string[]>> = {
  '17.0': {
    'hr_timesheet.group_timesheet_manager': ['hr_timesheet.group_timesheet_manager', HR_USER],
    'hr_recruitment.group_hr_recruitment_user': ['hr_recruitment.group_hr_recruitment_user', HR_USER],
    'hr_recruitment.group_hr_recruitment_manager': ['hr_recruitment.group_hr_recruitment_manager', 'hr_recruitment.group_hr_recruitment_user', HR_USER],
  },
  '18.0': {
    'hr_holidays.group_hr_holidays_user': ['hr_holidays.group_hr_holidays_user', HR_USER],
    'hr_holidays.group_hr_holidays_manager': ['hr_holidays.group_hr_holidays_manager', 'hr_holidays.group_hr_holidays_user', HR_USER],
    'hr_contract.group_hr_contract_manager': ['hr_contract.group_hr_contract_manager', HR_USER],
    'hr_timesheet.group_timesheet_manager': ['hr_timesheet.group_timesheet_manager', HR_USER],
  },
  '19.0': {
    'hr_holidays.group_hr_holidays_user': ['hr_holidays.group_hr_holidays_user', HR_USER],
    'hr_holidays.group_hr_holidays_manager': ['hr_holidays.group_hr_holidays_manager', 'hr_holidays.group_hr_holidays_user', HR_USER],
    'hr_timesheet.group_timesheet_manager': ['hr_timesheet.group_timesheet_manager', HR_USER],
  },
};

/** A private field of each version: `groups="hr.group_hr_user"` (19: on hr.version, re-exposed by hr.employee). */
const PRIVATE_FIELDS: Record<CorpusVersion, readonly string[]> = {
  '17.0': ['hr.employee/private_email', 'hr.employee/ssnid', 'hr.employee/birthday'],
  '18.0': ['hr.employee/private_email', 'hr.employee/ssnid', 'hr.employee/birthday'],
  '19.0': ['hr.employee/private_email', 'hr.version/ssnid', 'hr.employee/birthday'],
};

function field(report: GroupExposureReport, xmlid: string, key: string): GroupFieldAccess | undefined {
  return report.groups.find((g) => g.xmlid === xmlid)?.fields.find((f) => `${f.model}/${f.field}` === key);
}

/** Groups reading `key` through HR Officer, besides Officer and HR Administrator themselves. */
function groupsThroughHrOfficer(report: GroupExposureReport, key: string): string[] {
  return report.groups
    .filter((g) => g.xmlid !== HR_USER && g.xmlid !== 'hr.group_hr_manager')
    .filter((g) => field(report, g.xmlid, key)?.via.at(-1) === HR_USER)
    .map((g) => g.xmlid);
}

describe.each(['17.0', '18.0', '19.0'] as const)('exposureByGroup on the real %s HR apps', (version) => {
  let snapshot: Snapshot;
  let report: GroupExposureReport;
  beforeAll(() => {
    snapshot = hrAppsSnapshot(version);
    report = exposureByGroup(snapshot, { filter: hrDataFilter() });
  }, REAL_TREE_TIMEOUT_MS);

  it.each(Object.entries(READ_THROUGH_HR_OFFICER[version]))('%s reads private employee data via %j', (xmlid, via) => {
    for (const key of PRIVATE_FIELDS[version]) {
      const access = field(report, xmlid, key);
      expect({ key, via: access?.via }).toEqual({ key, via });
      expect(access?.access).toBe('write');
      expect(access?.subjects).toContain('employee');
    }
  });

  it('no other group reads private employee data through HR Officer (odoo-security-model.md §7.1)', () => {
    for (const key of PRIVATE_FIELDS[version]) {
      expect(groupsThroughHrOfficer(report, key)).toEqual(Object.keys(READ_THROUGH_HR_OFFICER[version]).sort());
    }
  });

  it('scopes the reads by the multi-company rule on employees (§7.1: 18 and 19 widened it)', () => {
    const scope = field(report, 'hr_timesheet.group_timesheet_manager', 'hr.employee/private_email')?.scope;
    expect(scope).toBe(version === '17.0' ? 'own-company' : 'custom');
  });

  it('HR Officer reads them through its own membership', () => {
    expect(field(report, HR_USER, 'hr.employee/private_email')?.via).toEqual([HR_USER]);
  });

  it('Settings reads employees but not their private fields (§7.1)', () => {
    expect(field(report, 'base.group_system', 'hr.employee/private_email')).toBeUndefined();
  });

  it('lists groups by XML id and fields by model, then field', () => {
    const xmlids = report.groups.map((g) => g.xmlid);
    expect(xmlids).toEqual([...xmlids].sort());
    for (const group of report.groups) {
      const keys = group.fields.map((f) => [f.model, f.field] as const);
      expect(keys).toEqual([...keys].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1)));
    }
  });

  it('covers only HR data under the hr filter, and every classified field it reaches without one', () => {
    const unfiltered = exposureByGroup(snapshot);
    const hrOfficer = (r: GroupExposureReport) => r.groups.find((g) => g.xmlid === HR_USER)!.fields;
    expect(hrOfficer(report).every((f) => f.subjects.some((s) => s === 'employee' || s === 'applicant'))).toBe(true);
    expect(hrOfficer(unfiltered).length).toBeGreaterThan(hrOfficer(report).length);
  });

  it('by field: the private e-mail readers are the same groups, and the administrator among the users', () => {
    const email = exposureByField(snapshot, { filter: hrDataFilter() }).fields.find((f) => f.model === 'hr.employee' && f.field === 'private_email')!;
    const through = email.groups.filter((g) => g.via.length > 1 && g.via.at(-1) === HR_USER && g.xmlid !== 'hr.group_hr_manager');
    expect(through.map((g) => [g.xmlid, g.via])).toEqual(Object.entries(READ_THROUGH_HR_OFFICER[version]).sort());
    expect(email.users.map((u) => u.key)).toContain('base.user_admin');
  });

  it('by user: the administrator reads private data through a group chain ending at HR Officer', () => {
    const admin = exposureByUser(snapshot, { filter: hrDataFilter() }).users.find((u) => u.key === 'base.user_admin')!;
    expect(admin.fields.find((f) => f.model === 'hr.employee' && f.field === 'private_email')?.via.at(-1)).toBe(HR_USER);
  });
});
