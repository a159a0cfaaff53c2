import { classificationSchema, createSnapshot, snapshotSchema } from '@sightline/odoo-model';
import { UnsupportedVersionError } from '../default-classification/unsupported-version.error';
import { ClassificationOverrideError } from '../overrides/classification-override.error';
import { parseClassificationOverridesOrThrow } from '../overrides/parse-classification-overrides-or-throw.util';
import { buildCatalog } from './build-catalog.util';
import { buildClassification } from './build-classification.util';
import { compareFieldRefs } from './compare-field-refs.util';
import { indexClassifications } from './index-classifications.util';

const OVERRIDES = parseClassificationOverridesOrThrow(
  `
categories:
  - key: user.health_and_medical.allergy
    label: Allergy
fields:
  - {model: hr.employee, field: x_allergies, categories: [user.health_and_medical.allergy], subjects: [employee]}
  - {model: res.partner, field: website, personal: false}
  - {model: hr.employee, field: private_email, categories: [user.contact.email], subjects: [employee, user]}
  - {model: hr.employee, field: currency_id, categories: [user.employment.compensation], subjects: [employee]}
`,
  'acme.yaml',
);

describe('buildClassification', () => {
  it.each(['17.0', '18.0', '19.0'])('gives valid Snapshot classifications for %s, in model/field order', (version) => {
    const classifications = buildClassification(version);
    expect(classifications.length).toBeGreaterThan(150);
    for (const classification of classifications) classificationSchema.parse(classification);
    expect(classifications).toEqual([...classifications].sort(compareFieldRefs));
    const snapshot = createSnapshot({
      meta: { odooVersion: version, source: { kind: 'addons', description: 'test' }, createdAt: '2025-01-01T00:00:00Z', modules: [], warnings: [] },
      classifications,
    });
    expect(snapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('applies overrides: adds, replaces and removes fields', () => {
    const index = indexClassifications(buildClassification('17.0', OVERRIDES));
    expect(index.get('hr.employee/x_allergies')?.categories).toEqual(['user.health_and_medical.allergy']);
    expect(index.get('hr.employee/private_email')?.subjects).toEqual(['employee', 'user']);
    expect(index.get('hr.employee/currency_id')).toBeDefined();
    expect(index.has('res.partner/website')).toBe(false);
    expect(index.get('res.partner/email')?.categories).toEqual(['user.contact.email']);
  });

  it('rejects overrides built in code that name unknown categories', () => {
    const overrides = { fields: [{ model: 'hr.employee', field: 'x', categories: ['user.nope'], subjects: ['employee'] }] };
    expect(() => buildClassification('18.0', overrides)).toThrow(ClassificationOverrideError);
    expect(() => buildClassification('18.0', overrides)).toThrow('overrides: fields[0].categories[0]: unknown data category "user.nope"');
  });

  it('rejects an unsupported version', () => {
    expect(() => buildClassification('saas-19.4')).toThrow(UnsupportedVersionError);
  });
});

describe('ClassificationCatalog', () => {
  const catalog = buildCatalog('17.0', OVERRIDES);

  it('looks decisions up, with their source', () => {
    expect(catalog.decisionOf('hr.employee', 'birthday')).toMatchObject({ personal: true, source: 'default:17.0' });
    expect(catalog.decisionOf('hr.employee', 'x_allergies')).toMatchObject({ personal: true, source: 'acme.yaml' });
    expect(catalog.decisionOf('res.partner', 'website')).toEqual({
      model: 'res.partner',
      field: 'website',
      personal: false,
      reason: 'declared not personal in acme.yaml',
      source: 'acme.yaml',
    });
    expect(catalog.classificationOf('hr.employee', 'ssnid')?.categories).toEqual(['user.government_id.national_identification_number']);
    expect(catalog.classificationOf('hr.employee', 'contract_id')).toBeUndefined();
  });

  it.each([
    ['hr.employee', 'private_email', true],
    ['res.partner', 'website', false],
    ['hr.employee', 'contract_id', false],
    ['sale.order', 'x_anything', undefined],
  ])('isPersonal(%s, %s) → %s', (model, field, expected) => {
    expect(catalog.isPersonal(model, field)).toBe(expected);
  });

  it('lists fields by category, including descendants', () => {
    const contact = catalog.fieldsInCategory('user.contact').map((entry) => `${entry.model}.${entry.field}`);
    expect(contact).toEqual(expect.arrayContaining(['hr.employee.private_street', 'res.partner.email', 'hr.applicant.email_from']));
    expect(contact).not.toContain('hr.employee.birthday');
  });

  it('separates HR data and special-category data', () => {
    const hr = catalog.hrData().map((entry) => `${entry.model}.${entry.field}`);
    expect(hr).toEqual(expect.arrayContaining(['hr.employee.private_email', 'hr.applicant.salary_expected', 'res.users.ssnid']));
    expect(hr).not.toContain('res.partner.email');
    expect(catalog.specialCategoryData().map((entry) => entry.field)).toEqual(['x_allergies']);
    expect(catalog.taxonomy.category('user.health_and_medical.allergy')).toMatchObject({ origin: 'custom', special: false });
    expect(catalog.taxonomy.isSpecial('user.health_and_medical.allergy')).toBe(true);
  });

  it('lists the not-personal decisions', () => {
    expect(catalog.notPersonal.map((entry) => `${entry.model}.${entry.field}`)).toEqual(
      expect.arrayContaining(['res.partner.website', 'res.partner.employees_count']),
    );
  });
});
