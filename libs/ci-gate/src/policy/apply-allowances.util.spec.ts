import type { FindingDraft, FindingField } from '../model/check-finding.type';
import type { PolicyAllowance } from './check-policy.type';
import { applyAllowances } from './apply-allowances.util';

const field = (model: string, name: string): FindingField => ({ model, field: name, access: 'read', scope: 'all', before: null, via: [], categories: [], subjects: [] });

const finding: FindingDraft = {
  rule: 'SL001',
  severity: 'error',
  group: { xmlid: 'hr_holidays.group_hr_holidays_user', name: 'Officer', module: 'hr_holidays' },
  fields: [field('hr.employee', 'private_email'), field('hr.employee', 'ssnid'), field('hr.contract', 'wage')],
  chain: [],
  cause: { kind: 'new-implication', detail: 'x' },
  location: null,
};

const allowance = (over: Partial<PolicyAllowance>): PolicyAllowance => ({
  group: 'hr_holidays.group_hr_holidays_user',
  model: 'hr.employee',
  reason: 'approved',
  expires: '2025-06-30',
  location: { file: 'sightline.yml', line: 3 },
  ...over,
});

const names = (fields: readonly FindingField[]) => fields.map((f) => `${f.model}.${f.field}`);

describe('applyAllowances', () => {
  it.each([
    ['a live allowance on the whole model', [allowance({})], '2025-06-30', ['hr.contract.wage'], ['hr.employee.private_email', 'hr.employee.ssnid'], false],
    ['field globs', [allowance({ fields: ['private_*'] })], '2025-01-01', ['hr.employee.ssnid', 'hr.contract.wage'], ['hr.employee.private_email'], false],
    ['an expired allowance', [allowance({})], '2025-07-01', names(finding.fields), [], true],
    ['another group', [allowance({ group: 'hr.group_hr_user' })], '2025-01-01', names(finding.fields), [], false],
    ['another rule', [allowance({ rule: 'SL002' })], '2025-01-01', names(finding.fields), [], false],
    ['any group', [allowance({ group: undefined }), allowance({ group: undefined, model: 'hr.contract' })], '2025-01-01', [], names(finding.fields), false],
  ])('%s', (_name, allow, today, failing, allowed, expired) => {
    const outcome = applyAllowances([finding], allow, today);
    expect(outcome.findings.flatMap((f) => names(f.fields))).toEqual(failing);
    expect(outcome.allowed.flatMap((f) => names(f.fields))).toEqual(allowed);
    expect(outcome.findings.some((f) => f.expiredAllowance !== undefined)).toBe(expired);
  });

  it('names the allowance that allowed a finding', () => {
    const [allowed] = applyAllowances([finding], [allowance({}), allowance({ model: 'hr.contract' })], '2025-01-01').allowed;
    expect(allowed!.allowance).toEqual({ reason: 'approved', expires: '2025-06-30', location: { file: 'sightline.yml', line: 3 } });
  });
});
