import { NEW_GROUP_FINDING, reportOf, UNCLASSIFIED_WARNING } from '../model/check-report.test-util';
import { formatSarif } from './format-sarif.util';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The required properties of SARIF 2.1.0 (sarif-schema-2.1.0.json), asserted explicitly: the schema cannot be fetched here. */
function expectValidSarif(sarif: Json): void {
  expect(sarif['version']).toBe('2.1.0');
  expect(typeof sarif['$schema']).toBe('string');
  expect(Array.isArray(sarif['runs'])).toBe(true);
  for (const run of sarif['runs']) {
    expect(typeof run.tool.driver.name).toBe('string');
    const ruleIds = run.tool.driver.rules.map((rule: Json) => rule['id']);
    run.tool.driver.rules.forEach((rule: Json) => expect(typeof rule['id']).toBe('string'));
    for (const result of run.results) {
      expect(typeof result.message.text).toBe('string');
      expect(ruleIds).toContain(result.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['none', 'note', 'warning', 'error']).toContain(result.level);
      for (const location of result.locations ?? []) {
        const { artifactLocation, region } = location.physicalLocation;
        expect(artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:/i);
        expect(Number.isInteger(region.startLine) && region.startLine >= 1).toBe(true);
      }
      for (const suppression of result.suppressions ?? []) expect(['inSource', 'external']).toContain(suppression.kind);
    }
    for (const invocation of run.invocations ?? []) expect(typeof invocation.executionSuccessful).toBe('boolean');
  }
}

describe('formatSarif', () => {
  it.each([
    ['no findings', reportOf([])],
    ['an error and a warning', reportOf([NEW_GROUP_FINDING, UNCLASSIFIED_WARNING])],
    ['an allowed finding', reportOf([], [{ ...NEW_GROUP_FINDING, allowance: { reason: 'onboarding', expires: '2999-01-01', location: { file: 'sightline.yml', line: 2 } } }])],
  ])('is valid SARIF 2.1.0 with %s', (_name, report) => {
    expectValidSarif(JSON.parse(formatSarif(report)));
  });

  it('locates a result at the introducing file and line, relative to the repository root', () => {
    const [result] = JSON.parse(formatSarif(reportOf([NEW_GROUP_FINDING]))).runs[0].results;
    expect(result).toMatchObject({
      ruleId: 'SL001',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'addons/acme/security/acme_security.xml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } }],
      partialFingerprints: { 'sightlineFinding/v1': '0123456789abcdef' },
    });
  });

  it('names the rules SL001 new-hr-access … SL005', () => {
    const rules = JSON.parse(formatSarif(reportOf([]))).runs[0].tool.driver.rules.map((r: Json) => `${r['id']} ${r['name']}`);
    expect(rules).toEqual(['SL001 new-hr-access', 'SL002 weakened-field-groups', 'SL003 groupless-hr-acl', 'SL004 unclassified-personal-field', 'SL005 new-hr-data']);
  });
});
