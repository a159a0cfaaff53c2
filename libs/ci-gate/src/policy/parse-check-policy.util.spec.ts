import { CheckInputError } from '../reading/check-input.error';
import { parseCheckPolicy } from './parse-check-policy.util';

const VALID = `classification: privacy/overrides.yml
requireClassification: true
allow:
  - group: hr_holidays.group_hr_holidays_user
    model: hr.employee
    fields: [private_*, ssnid]
    reason: Time Off officers approve leave (DPO-12)
    expires: 2026-06-30
`;

describe('parseCheckPolicy', () => {
  it('reads allowances with their line', () => {
    const { policy, classificationFile } = parseCheckPolicy(VALID, 'sightline.yml');
    expect(classificationFile).toBe('privacy/overrides.yml');
    expect(policy.requireClassification).toBe(true);
    expect(policy.allow).toEqual([
      {
        group: 'hr_holidays.group_hr_holidays_user',
        model: 'hr.employee',
        fields: ['private_*', 'ssnid'],
        reason: 'Time Off officers approve leave (DPO-12)',
        expires: '2026-06-30',
        location: { file: 'sightline.yml', line: 4 },
      },
    ]);
  });

  it('reads newHrData (SL005 severity)', () => {
    expect(parseCheckPolicy('newHrData: error\n', 'p.yml').policy).toEqual({ file: 'p.yml', requireClassification: false, newHrData: 'error', allow: [] });
    expect(parseCheckPolicy('allow:\n  - rule: SL005\n    model: hr.candidate\n    reason: x\n    expires: 2026-01-01\n', 'p.yml').policy.allow[0]?.rule).toBe('SL005');
  });

  it('reads an empty file as an empty policy', () => {
    expect(parseCheckPolicy('', 'p.yml').policy).toEqual({ file: 'p.yml', requireClassification: false, allow: [] });
  });

  it.each([
    ['missing reason', 'allow:\n  - model: hr.employee\n    expires: 2026-01-01\n', 'p.yml:2: allow[0].reason: required'],
    ['missing expiry', 'allow:\n  - model: hr.employee\n    reason: x\n', 'p.yml:2: allow[0].expires: required (an allowance must end)'],
    ['bad date', 'allow:\n  - model: hr.employee\n    reason: x\n    expires: soon\n', 'p.yml:4: allow[0].expires: expected a date YYYY-MM-DD'],
    ['unknown key', 'allwo: []\n', 'p.yml:1: allwo: unknown key'],
    ['bad newHrData', 'newHrData: sometimes\n', 'p.yml:1: newHrData: expected warning or error'],
    ['bad rule', 'allow:\n  - model: hr.employee\n    rule: SL9\n    reason: x\n    expires: 2026-01-01\n', 'p.yml:3: allow[0].rule: expected one of SL001'],
    ['bad fields', 'allow:\n  - model: hr.employee\n    fields: ssnid\n    reason: x\n    expires: 2026-01-01\n', 'p.yml:3: allow[0].fields: expected a list'],
    ['YAML syntax', 'allow: [\n', 'p.yml:2'],
  ])('names file and line: %s', (_name, text, message) => {
    expect(() => parseCheckPolicy(text, 'p.yml')).toThrow(CheckInputError);
    expect(() => parseCheckPolicy(text, 'p.yml')).toThrow(message);
  });
});
