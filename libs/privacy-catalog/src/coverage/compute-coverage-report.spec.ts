import type { FieldInfo } from '@sightline/odoo-model';
import { buildCatalog } from '../catalog/build-catalog.util';
import { CORPUS_VERSIONS, corpusFields, hasHrGroup } from '../testing/corpus.test-util';
import { computeCoverageReport } from './compute-coverage-report.util';
import type { CoverageClassification } from './coverage-report.type';

function field(model: string, name: string, type: string, groups: string[] = []): FieldInfo {
  return {
    model,
    name,
    type,
    related: null,
    groups: groups.map((xmlid) => ({ xmlid: xmlid.replace(/^!/, ''), negated: xmlid.startsWith('!') })),
    groupsSource: groups.length > 0 ? 'explicit' : 'none',
  };
}

const NOTHING: CoverageClassification = { classifications: [] };

function findingOf(input: FieldInfo, classification: CoverageClassification = NOTHING) {
  return computeCoverageReport({ fields: [input] }, classification).findings[0];
}

describe('computeCoverageReport', () => {
  it.each([
    ['x.person', 'x_private_notes', 'Text', [], ['name'], []],
    ['x.person', 'x_email', 'Char', [], ['name'], ['user.contact.email']],
    ['x.person', 'x_mobile_phone', 'Char', [], ['name'], ['user.contact.phone_number']],
    ['x.person', 'x_birthdate', 'Date', [], ['name', 'type'], ['user.demographic.date_of_birth']],
    ['x.person', 'x_ssn', 'Char', [], ['name'], ['user.government_id.national_identification_number']],
    ['x.person', 'x_passport_scan', 'Binary', [], ['name', 'type'], ['user.government_id.passport_number']],
    ['x.person', 'x_iban', 'Char', [], ['name'], ['user.financial.bank_account']],
    ['x.person', 'x_home_address', 'Char', [], ['name'], ['user.contact.address']],
    ['x.person', 'x_emergency_name', 'Char', [], ['name'], ['user.contact']],
    ['x.person', 'x_religion', 'Selection', [], ['name'], ['user.demographic.religious_belief']],
    ['x.person', 'x_health_notes', 'Text', [], ['name'], ['user.health_and_medical']],
    ['x.person', 'x_nationality_id', 'Many2one', [], ['name'], ['user.demographic.nationality']],
    ['x.person', 'x_gender', 'Selection', [], ['name', 'type'], ['user.demographic.gender']],
    ['x.person', 'x_id_card', 'Binary', [], ['type'], []],
    ['x.person', 'x_rating', 'Integer', ['hr.group_hr_user'], ['groups'], []],
    ['x.person', 'x_rating', 'Integer', ['hr_holidays.group_hr_holidays_user'], ['groups'], []],
    ['x.person', 'x_token', 'Char', ['.'], ['groups'], []],
  ])('flags %s.%s (%s, groups %j) by %j', (model, name, type, groups, kinds, categories) => {
    const finding = findingOf(field(model, name, type, groups));
    expect(finding).toBeDefined();
    expect([...new Set(finding!.reasons.map((reason) => reason.kind))].sort()).toEqual(kinds);
    expect(finding!.suggestedCategories).toEqual(categories);
    expect(finding!.score).toBeGreaterThanOrEqual(0.3);
  });

  it.each([
    ['x.thing', 'name', 'Char', []],
    ['x.thing', 'child_ids', 'One2many', []],
    ['x.thing', 'x_phone_blacklisted', 'Boolean', []],
    ['x.thing', 'x_rating', 'Integer', ['!hr.group_hr_user']],
    ['x.thing', 'x_rating', 'Integer', ['base.group_system']],
    ['x.thing', 'create_uid', 'Many2one', ['hr.group_hr_user']],
  ])('does not flag %s.%s (%s, groups %j)', (model, name, type, groups) => {
    expect(findingOf(field(model, name, type, groups))).toBeUndefined();
  });

  it('never reports decided fields, personal or not', () => {
    const classification: CoverageClassification = {
      classifications: [{ model: 'x.person', field: 'x_email', categories: ['user.contact.email'], subjects: ['contact'] }],
      notPersonal: [{ model: 'x.person', field: 'x_private_key' }],
    };
    const fields = [field('x.person', 'x_email', 'Char'), field('x.person', 'x_private_key', 'Binary'), field('x.person', 'x_phone', 'Char')];
    const report = computeCoverageReport({ fields }, classification);
    expect(report.findings.map((finding) => finding.field)).toEqual(['x_phone']);
    expect(report).toMatchObject({ fieldsChecked: 3, classifiedPersonal: 1, decidedNotPersonal: 1, undecided: 1 });
  });

  it('adds weight for a model that already holds HR data, but never flags on the model alone', () => {
    const classification: CoverageClassification = {
      classifications: [{ model: 'x.person', field: 'x_email', categories: ['user.contact.email'], subjects: ['employee'] }],
    };
    const report = computeCoverageReport(
      { fields: [field('x.person', 'x_phone', 'Char'), field('x.other', 'x_phone', 'Char'), field('x.person', 'x_color', 'Integer')] },
      classification,
    );
    expect(report.findings.map((finding) => [finding.model, finding.score])).toEqual([['x.person', 0.6], ['x.other', 0.5]]);
    expect(report.findings[0]!.reasons.map((reason) => reason.kind)).toEqual(['name', 'model']);
  });

  it('combines reasons, orders by score then model and field, whatever the input order', () => {
    const fields = [
      field('b.model', 'x_email', 'Char'),
      field('a.model', 'x_email', 'Char'),
      field('a.model', 'x_private_email', 'Char', ['hr.group_hr_user']),
      field('a.model', 'x_note', 'Text', ['hr.group_hr_user']),
    ];
    const expected = ['a.model.x_private_email 0.86', 'a.model.x_email 0.5', 'a.model.x_note 0.5', 'b.model.x_email 0.5'];
    for (const order of [fields, [...fields].reverse()]) {
      const report = computeCoverageReport({ fields: order }, NOTHING);
      expect(report.findings.map((finding) => `${finding.model}.${finding.field} ${finding.score}`)).toEqual(expected);
    }
  });

  it('honours minScore', () => {
    const fields = [field('x.person', 'x_email', 'Char'), field('x.person', 'x_street', 'Char')];
    expect(computeCoverageReport({ fields }, NOTHING, { minScore: 0.4 }).findings.map((finding) => finding.field)).toEqual(['x_email']);
  });
});

describe.each(CORPUS_VERSIONS)('coverage of the Odoo %s corpus', (version) => {
  const fields = corpusFields(version);

  it('leaves no HR-protected field undecided with the default classification', () => {
    const report = computeCoverageReport({ fields }, buildCatalog(version));
    expect(report.fieldsChecked).toBe(fields.length);
    expect(report.classifiedPersonal + report.decidedNotPersonal + report.undecided).toBe(fields.length);
    expect(report.findings.filter((finding) => finding.reasons.some((reason) => reason.detail.startsWith('protected by an HR group')))).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('ranks private HR fields first when nothing is classified', () => {
    const report = computeCoverageReport({ fields }, NOTHING);
    const hrFields = fields.filter(hasHrGroup).map((entry) => `${entry.model}.${entry.name}`);
    const flagged = new Set(report.findings.map((finding) => `${finding.model}.${finding.field}`));
    expect(hrFields.filter((key) => !flagged.has(key))).toEqual([]);
    const top = report.findings.slice(0, 10).map((finding) => finding.field);
    expect(top).toEqual(expect.arrayContaining(['private_email']));
    const privateEmail = report.findings.find((finding) => finding.model === 'hr.employee' && finding.field === 'private_email')!;
    expect(privateEmail.reasons.map((reason) => reason.kind)).toEqual(['groups', 'name', 'name']);
    expect(privateEmail.suggestedCategories).toEqual(['user.contact.email']);
  });
});
