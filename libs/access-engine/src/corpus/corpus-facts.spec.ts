import { generateOrganisation, type CorpusVersion } from '@sightline/odoo-corpus';
import { AccessEngine } from '../engine/access-engine';
import { computeExposureMatrix } from '../exposure/compute-exposure-matrix.util';
import { computeGroupExposure } from '../exposure/compute-group-exposure.util';
import { computeNewUserExposure } from '../exposure/compute-new-user-exposure.util';
import { computeRecordScope } from '../exposure/compute-record-scope.util';
import { computeUserExposure } from '../exposure/compute-user-exposure.util';
import type { FieldExposure } from '../exposure/field-exposure.type';
import { corpusSnapshot, REAL_TREE_TIMEOUT_MS } from '../testing/corpus-snapshot.test-util';

const HR_MODULES = ['hr', 'hr_timesheet', 'hr_holidays', 'hr_recruitment', 'hr_contract'];
/** 19.0 has no hr_contract (contracts became hr.version, in hr): the strict reader refuses a module that is in no addons path. */
const hrModules = (version: CorpusVersion) => (version === '19.0' ? HR_MODULES.filter((m) => m !== 'hr_contract') : HR_MODULES);

function engineOf(version: CorpusVersion, modules: readonly string[] | 'all' = hrModules(version)): AccessEngine {
  return AccessEngine.create(corpusSnapshot(version, modules));
}

function field(fields: readonly FieldExposure[], key: string): FieldExposure | undefined {
  return fields.find((f) => f.field.key === key);
}

/** The groups whose closure holds `target` (itself and base.group_erp_manager/system excluded: they can grant themselves anything). */
function groupsImplying(engine: AccessEngine, target: string): string[] {
  const { index, closures } = engine.groupContext;
  const bit = index.bitOf(target)!;
  return engine.snapshot.groups.map((g) => g.xmlid).filter((x) => x !== target && closures[index.bitOf(x)!]!.has(bit)).sort();
}

describe('facts of the real Odoo security data (the published trees)', () => {
  describe('17.0', () => {
    const engine = engineOf('17.0');

    it('Timesheets Administrator members read hr.employee.private_email via hr.group_hr_user', () => {
      const email = field(computeGroupExposure(engine, 'hr_timesheet.group_timesheet_manager').fields, 'hr.employee/private_email');
      expect(email?.read?.explanation.grantingRows.map((r) => r.xmlid)).toContain('hr.access_hr_employee_user');
      expect(email?.read?.explanation.fieldGroups.admittedBy).toEqual(['hr.group_hr_user']);
      expect(email?.via['hr.group_hr_user']).toEqual(['hr_timesheet.group_timesheet_manager', 'hr.group_hr_user']);
      expect(email?.read?.scope.scope).toBe('own-company');
    });

    it('the groups implying HR Officer are those of the semantics document (§7.1)', () => {
      expect(groupsImplying(engine, 'hr.group_hr_user')).toEqual([
        'hr.group_hr_manager', 'hr_recruitment.group_hr_recruitment_manager', 'hr_recruitment.group_hr_recruitment_user', 'hr_timesheet.group_timesheet_manager',
      ]);
    });

    it('Recruitment Officers read private employee data; Time Off Officers do not', () => {
      expect(field(computeGroupExposure(engine, 'hr_recruitment.group_hr_recruitment_user').fields, 'hr.employee/private_email')?.read).toBeTruthy();
      expect(field(computeGroupExposure(engine, 'hr_holidays.group_hr_holidays_user').fields, 'hr.employee/private_email')).toBeUndefined();
    });

    it('Settings reads employees but not their private fields', () => {
      const view = computeGroupExposure(engine, 'base.group_system');
      expect(field(view.fields, 'hr.employee/private_email')).toBeUndefined();
      expect(field(view.fields, 'hr.employee/work_email')?.read?.explanation.grantingRows.map((r) => r.xmlid)).toEqual(['hr.access_hr_employee_system_user']);
    });

    it('a new user gets HR Administrator from the base.default_user template, so reads private data', () => {
      const view = computeNewUserExposure(engine);
      expect(view.explicitGroupXmlids).toContain('hr.group_hr_manager');
      expect(field(view.fields, 'hr.employee/private_email')?.via['hr.group_hr_user']).toEqual(['hr.group_hr_manager', 'hr.group_hr_user']);
    });

    it('base.user_admin reads private data as HR Administrator; base.user_root as superuser', () => {
      const admin = field(computeUserExposure(engine, 'base.user_admin').fields, 'hr.employee/private_email');
      expect(admin?.read?.explanation.superuser).toBe(false);
      expect(admin?.via['hr.group_hr_user']?.[0]).toMatch(/manager$/);
      expect(field(computeUserExposure(engine, 'base.user_root').fields, 'hr.employee/private_email')?.read?.explanation.superuser).toBe(true);
    });
  });

  describe('18.0', () => {
    const engine = engineOf('18.0');

    it('Time Off Officers read hr.employee.private_email via hr.group_hr_user', () => {
      const email = field(computeGroupExposure(engine, 'hr_holidays.group_hr_holidays_user').fields, 'hr.employee/private_email');
      expect(email?.read).toBeTruthy();
      expect(email?.via['hr.group_hr_user']).toEqual(['hr_holidays.group_hr_holidays_user', 'hr.group_hr_user']);
    });

    it('the groups implying HR Officer are those of the semantics document (§7.1)', () => {
      expect(groupsImplying(engine, 'hr.group_hr_user')).toEqual([
        'hr.group_hr_manager', 'hr_contract.group_hr_contract_manager', 'hr_holidays.group_hr_holidays_manager',
        'hr_holidays.group_hr_holidays_user', 'hr_timesheet.group_timesheet_manager',
      ]);
    });

    // resource.mixin's resource_id is a plain Many2one, not an `_inherits`: resource.resource's rules do not apply.
    it("18's widened employee rule (own company, reports, own manager, self) is a custom scope, the only rule on employees", () => {
      const email = field(computeGroupExposure(engine, 'hr.group_hr_user').fields, 'hr.employee/private_email');
      expect(email?.read?.scope.scope).toBe('custom');
      expect(email?.read?.explanation.rules.map((r) => [r.xmlid, r.through?.field ?? null])).toEqual([['hr.hr_employee_comp_rule', null]]);
    });

    it('Recruitment Officers no longer read private employee data', () => {
      expect(field(computeGroupExposure(engine, 'hr_recruitment.group_hr_recruitment_user').fields, 'hr.employee/private_email')).toBeUndefined();
    });
  });

  describe('19.0', () => {
    const engine = engineOf('19.0');

    it('the groups implying HR Officer are those of the semantics document (§7.1)', () => {
      expect(groupsImplying(engine, 'hr.group_hr_user')).toEqual([
        'hr.group_hr_manager', 'hr_holidays.group_hr_holidays_manager', 'hr_holidays.group_hr_holidays_user', 'hr_timesheet.group_timesheet_manager',
      ]);
    });

    it('hr.employee.ssnid comes from hr.version through _inherits, with its groups and hr.version rules', () => {
      const ssnid = field(computeGroupExposure(engine, 'hr_holidays.group_hr_holidays_user').fields, 'hr.employee/ssnid');
      expect(ssnid?.read?.explanation.fieldGroups.admittedBy).toEqual(['hr.group_hr_user']);
      expect(ssnid?.read?.explanation.rules.filter((r) => r.through).map((r) => r.xmlid)).toContain('hr.ir_rule_hr_contract_multi_company');
    });

    it('wages need HR Administrator', () => {
      const officer = computeGroupExposure(engine, 'hr.group_hr_user').fields;
      const manager = computeGroupExposure(engine, 'hr.group_hr_manager').fields;
      expect(field(officer, 'hr.version/wage')).toBeUndefined();
      expect(field(manager, 'hr.version/wage')?.read).toBeTruthy();
    });

    it('a new user gets base.group_user only (base.default_user_group implies nothing outside demo data)', () => {
      const view = computeNewUserExposure(engine);
      expect(view.explicitGroupXmlids).toEqual(['base.group_user']);
      expect(field(view.fields, 'hr.employee/private_email')).toBeUndefined();
    });
  });

  it.each(['17.0', '18.0', '19.0'] as const)('%s: the whole tree builds a complete matrix', (version) => {
    const engine = engineOf(version, 'all');
    const matrix = computeExposureMatrix(engine);
    expect(matrix.profiles.flatMap((p) => p.userKeys).sort()).toEqual(['base.user_admin', 'base.user_root']);
    expect(matrix.profiles.every((p) => p.cells.length === matrix.fields.length)).toBe(true);
  }, REAL_TREE_TIMEOUT_MS);
});

describe('exact counts on a real tree', () => {
  it('17.0: an HR officer reaches the active employees of their companies', () => {
    const snapshot = generateOrganisation(corpusSnapshot('17.0', HR_MODULES), { users: 300, seed: 5, companies: 3 });
    const engine = AccessEngine.create(snapshot);
    // A generated user: base.user_admin's company, base.main_company, is not among the snapshot's companies.
    const officer = snapshot.users.find((u) => u.key.startsWith('#') && u.active && u.companyKeys.length === 1 && computeRecordScope(engine, u.key, 'hr.employee', 'read').allowed)!;
    const access = computeRecordScope(engine, officer.key, 'hr.employee', 'read');
    const active = snapshot.employees.filter((e) => e.active);
    const inCompany = active.filter((e) => !e.companyKey || officer.companyKeys.includes(e.companyKey)).length;
    expect(access.scope?.scope).toBe('own-company');
    expect(access.count).toEqual({ model: 'hr.employee', evaluable: true, matching: inCompany, total: active.length });
    expect(inCompany).toBeGreaterThan(0);
    expect(inCompany).toBeLessThan(active.length);
  }, REAL_TREE_TIMEOUT_MS);
});
