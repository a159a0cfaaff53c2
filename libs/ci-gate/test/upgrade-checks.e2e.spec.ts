import { tmpdir } from 'node:os';
import { realOdooTree, type CorpusVersion } from '@sightline/odoo-corpus';
import { runCheck } from '../src';
import type { CheckFinding } from '../src/model/check-finding.type';
import type { CheckReport } from '../src/model/check-report.type';

/**
 * Upgrade checks on the published Odoo trees, read whole (every installable module but Odoo's
 * tests, as `sightline check` reads a tree), libs/ci-gate/README.md "Upgrade reports": the groups
 * that only read HR data new at head, of a kind they already read, are SL005 warnings; the groups
 * that gain a new kind of HR data are SL001 errors.
 */
function upgrade(base: CorpusVersion, head: CorpusVersion): CheckReport {
  return runCheck({
    addonsPaths: realOdooTree(head).addonsPaths,
    base: { kind: 'paths', addonsPaths: realOdooTree(base).addonsPaths },
    repoRoot: tmpdir(),
    today: '2026-01-01',
    toolVersion: '0.0.0',
  });
}

const errorGroups = (report: CheckReport) => [...new Set(report.findings.filter((f) => f.severity === 'error' && f.group).map((f) => f.group!.xmlid))].sort();
const sl005 = (report: CheckReport, model: string) => report.findings.filter((f) => f.rule === 'SL005' && f.fields.some((field) => field.model === model));
const readers = (findings: readonly CheckFinding[]) => [...new Set(findings.flatMap((f) => f.readers ?? []).map((r) => r.group.xmlid))].sort();
const errorFieldsOf = (report: CheckReport, model: string) => report.findings.filter((f) => f.severity === 'error').flatMap((f) => f.fields.filter((field) => field.model === model).map((field) => `${f.group?.xmlid}: ${field.field}`));

const RECRUITMENT = ['hr_recruitment.group_hr_recruitment_interviewer', 'hr_recruitment.group_hr_recruitment_manager', 'hr_recruitment.group_hr_recruitment_user'];
const COST_READERS = ['hr.group_hr_manager', 'hr.group_hr_user', 'hr_timesheet.group_timesheet_manager', 'project.group_project_manager'];

describe('upgrade checks on the real Odoo trees', () => {
  it('17.0 → 18.0: Time Off Officer/Administrator and Contracts Administrator fail; hr.candidate and display_cost readers are SL005 warnings', () => {
    const report = upgrade('17.0', '18.0');
    expect(errorGroups(report)).toEqual(['hr_contract.group_hr_contract_manager', 'hr_holidays.group_hr_holidays_manager', 'hr_holidays.group_hr_holidays_user']);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['SL001', 'SL001', 'SL001']);
    expect(report.exitCode).toBe(1);

    const candidate = sl005(report, 'hr.candidate');
    expect(candidate.map((f) => [f.severity, f.cause.kind])).toEqual([['warning', 'new-model']]);
    expect(readers(candidate)).toEqual(RECRUITMENT);
    expect(candidate[0]!.readers!.every((r) => r.precedents.every((p) => p.basis === 'same-kind' && p.model === 'hr.applicant'))).toBe(true);

    const cost = sl005(report, 'project.sale.line.employee.map');
    expect(cost.map((f) => [f.severity, f.cause.kind, f.fields.map((field) => field.field)])).toEqual([['warning', 'new-classification', ['display_cost']]]);
    expect(readers(cost)).toEqual(expect.arrayContaining(COST_READERS));
    expect(cost[0]!.readers!.every((r) => r.precedents.every((p) => p.basis === 'same-field'))).toBe(true);

    // The seven noise groups: nothing of theirs is an error, and no error is about the new data.
    expect(errorGroups(report).filter((g) => [...RECRUITMENT, ...COST_READERS].includes(g))).toEqual([]);
    expect(errorFieldsOf(report, 'hr.candidate')).toEqual([]);
    expect(errorFieldsOf(report, 'project.sale.line.employee.map')).toEqual([]);
  }, 600_000);

  it('18.0 → 19.0: the new hr.version model is an SL005 warning; the new kinds (public birthdays, birthday display preference, attendance group, Time Off Responsible, settings on bank accounts) fail', () => {
    const report = upgrade('18.0', '19.0');
    expect(errorGroups(report)).toEqual([
      'base.group_system',
      'base.group_user',
      'hr.group_hr_manager',
      'hr.group_hr_user',
      'hr_attendance.group_hr_attendance_user',
      'hr_holidays.group_hr_holidays_manager',
      'hr_holidays.group_hr_holidays_responsible',
      'hr_holidays.group_hr_holidays_user',
      'hr_timesheet.group_timesheet_manager',
    ]);
    const errorFields = (xmlid: string) => report.findings.filter((f) => f.severity === 'error' && f.group?.xmlid === xmlid).flatMap((f) => f.fields.map((field) => `${field.model}.${field.field}`));
    for (const xmlid of ['hr.group_hr_manager', 'hr.group_hr_user', 'hr_holidays.group_hr_holidays_manager', 'hr_holidays.group_hr_holidays_user', 'hr_timesheet.group_timesheet_manager']) {
      expect(errorFields(xmlid)).toEqual(['hr.employee.birthday_public_display']);
    }
    expect(errorFields('base.group_user')).toEqual(['hr.employee.public.birthday_public_display_string']);
    expect(errorFields('hr_holidays.group_hr_holidays_responsible')).toEqual(['hr.leave.private_name']);
    expect(report.findings.filter((f) => f.rule === 'SL002').map((f) => `${f.fields[0]!.model}.${f.fields[0]!.field}`)).toEqual(['hr.leave.private_name']);

    const version = sl005(report, 'hr.version');
    expect(version.map((f) => [f.severity, f.cause.kind])).toEqual([['warning', 'new-model']]);
    expect(readers(version)).toEqual(['hr.group_hr_manager', 'hr.group_hr_user', 'hr_holidays.group_hr_holidays_manager', 'hr_holidays.group_hr_holidays_user', 'hr_timesheet.group_timesheet_manager']);
    expect(errorFieldsOf(report, 'hr.version')).toEqual([]);
    expect(report.exitCode).toBe(1);
  }, 600_000);
});
