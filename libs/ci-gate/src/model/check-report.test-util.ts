import type { CheckFinding } from './check-finding.type';
import type { CheckReport } from './check-report.type';
import { CHECK_REPORT_SCHEMA } from './check-report.type';

/** A finding of the custom-group scenario, for format tests. */
export const NEW_GROUP_FINDING: CheckFinding = {
  fingerprint: '0123456789abcdef',
  rule: 'SL001',
  severity: 'error',
  message: 'Acme Coordinator (acme.group_coordinator, module acme) can now read and write hr.employee.ssnid (own-company) through acme.group_coordinator → hr.group_hr_user (group acme.group_coordinator is new).',
  group: { xmlid: 'acme.group_coordinator', name: 'Acme Coordinator', module: 'acme' },
  fields: [
    { model: 'hr.employee', field: 'ssnid', access: 'write', scope: 'own-company', before: null, via: ['acme.group_coordinator', 'hr.group_hr_user'], categories: ['user.government_id'], subjects: ['employee'] },
  ],
  chain: ['acme.group_coordinator', 'hr.group_hr_user'],
  cause: { kind: 'new-group', detail: 'group acme.group_coordinator is new' },
  location: { file: 'addons/acme/security/acme_security.xml', line: 3 },
};

export const UNCLASSIFIED_WARNING: CheckFinding = {
  fingerprint: 'fedcba9876543210',
  rule: 'SL004',
  severity: 'warning',
  message: 'hr.employee.x_allergies looks personal but is not classified (score 0.6: named like health data).',
  group: null,
  fields: [{ model: 'hr.employee', field: 'x_allergies', access: null, scope: null, before: null, via: [], categories: [], subjects: [] }],
  chain: [],
  cause: { kind: 'new-field', detail: 'score 0.6: named like health data' },
  location: null,
};

export function reportOf(findings: readonly CheckFinding[], allowed: CheckReport['allowed'] = []): CheckReport {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    schema: CHECK_REPORT_SCHEMA,
    tool: { name: 'sightline', version: '0.1.0' },
    verdict: errors > 0 ? 'fail' : 'pass',
    exitCode: errors > 0 ? 1 : 0,
    head: { addonsPaths: ['addons'], odooVersion: '17.0' },
    base: { kind: 'git-ref', description: 'origin/main:addons', odooVersion: '17.0' },
    summary: { errors, warnings: findings.length - errors, allowed: allowed.length, readWarnings: 0 },
    findings,
    allowed,
  };
}
