import type { HrAccessState } from '../exposure/hr-access-state.type';
import { CheckInputError } from '../reading/check-input.error';
import { parseBaselineFile } from './parse-baseline-file.util';
import { toBaselineFile } from './to-baseline-file.util';

const state: HrAccessState = {
  odooVersion: '17.0',
  grants: new Map([['hr.group_hr_user', new Map([['hr.employee/ssnid', { access: 'write' as const, scope: 'own-company' }]])]]),
  hrFields: new Set(['hr.employee/ssnid']),
  fieldGroups: new Map([['hr.employee/ssnid', [{ xmlid: 'hr.group_hr_user', negated: false }, { xmlid: 'base.group_portal', negated: true }]]]),
  grouplessAcls: new Set(),
  fields: new Set(['hr.employee/ssnid', 'hr.employee/name']),
  defaultUserGroups: new Set(['hr.group_hr_manager']),
};

describe('baseline file', () => {
  it('round-trips the state, sorted', () => {
    const file = toBaselineFile(state, '2025-01-01T00:00:00.000Z');
    expect(file.fields).toEqual(['hr.employee/name', 'hr.employee/ssnid']);
    expect(file.fieldGroups).toEqual({ 'hr.employee/ssnid': ['hr.group_hr_user', '!base.group_portal'] });
    expect(parseBaselineFile(JSON.stringify(file), 'b.json')).toEqual(state);
  });

  it.each([
    ['not JSON', '{"schema": ', 'b.json'],
    ['another document', '{"schema": "sightline.check/v1"}', 'b.json: not a Sightline check baseline'],
    ['a bad grant', JSON.stringify({ ...toBaselineFile(state, 'x'), grants: { g: { 'm/f': { access: 'all' } } } }), 'b.json: grants.g.m/f: expected'],
    ['a missing list', JSON.stringify({ ...toBaselineFile(state, 'x'), fields: undefined }), 'b.json: fields: expected a list of strings'],
  ])('rejects %s as unreadable input', (_name, text, message) => {
    expect(() => parseBaselineFile(text, 'b.json')).toThrow(CheckInputError);
    expect(() => parseBaselineFile(text, 'b.json')).toThrow(message);
  });
});
