import { DEFAULT_DATA_CATEGORIES, DEFAULT_DATA_SUBJECTS } from './default-taxonomy.data';
import { isHrData } from './is-hr-data.util';
import { isSpecialCategoryData } from './is-special-category-data.util';
import { DEFAULT_TAXONOMY } from './taxonomy.registry';

describe('default taxonomy', () => {
  it('has unique keys, every parent defined, and one root', () => {
    const keys = DEFAULT_DATA_CATEGORIES.map((category) => category.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const category of DEFAULT_DATA_CATEGORIES) {
      if (category.parent !== null) expect(DEFAULT_TAXONOMY.hasCategory(category.parent)).toBe(true);
    }
    expect(DEFAULT_DATA_CATEGORIES.filter((category) => category.parent === null).map((c) => c.key)).toEqual(['user']);
  });

  it('keys every category below its parent', () => {
    for (const category of DEFAULT_DATA_CATEGORIES.filter((c) => c.parent !== null)) {
      expect(category.key.startsWith(`${category.parent}.`)).toBe(true);
      expect(DEFAULT_TAXONOMY.lineage(category.key).at(-1)?.key).toBe('user');
    }
  });

  it('marks the children of a special category special, with the same article', () => {
    for (const category of DEFAULT_DATA_CATEGORIES) {
      const parent = DEFAULT_TAXONOMY.category(category.parent ?? '');
      if (parent?.special) expect(category).toMatchObject({ special: true, article: parent.article });
      expect(category.special).toBe(category.article !== undefined);
    }
  });

  it.each([
    ['user.contact.address'],
    ['user.contact.email'],
    ['user.contact.phone_number'],
    ['user.government_id'],
    ['user.government_id.national_identification_number'],
    ['user.government_id.passport_number'],
    ['user.financial.bank_account'],
    ['user.demographic.date_of_birth'],
    ['user.demographic.gender'],
    ['user.demographic.marital_status'],
    ['user.health_and_medical'],
    ['user.biometric'],
    ['user.name'],
    ['user.location'],
    ['user.job_title'],
  ])('has the fideslang key %s', (key) => {
    expect(DEFAULT_TAXONOMY.category(key)?.origin).toBe('fideslang');
  });

  it.each([
    ['racial or ethnic origin', 'user.demographic.race_ethnicity', 9],
    ['political opinions', 'user.demographic.political_opinion', 9],
    ['religious beliefs', 'user.demographic.religious_belief', 9],
    ['philosophical beliefs', 'user.demographic.philosophical_belief', 9],
    ['trade-union membership', 'user.demographic.union_membership', 9],
    ['genetic data', 'user.health_and_medical.genetic', 9],
    ['biometric data for identification', 'user.biometric.identification', 9],
    ['health', 'user.health_and_medical', 9],
    ['sex life', 'user.demographic.sex_life', 9],
    ['sexual orientation', 'user.demographic.sexual_orientation', 9],
    ['criminal convictions and offences', 'user.criminal_history', 10],
  ])('covers GDPR %s as special: %s (Art. %i)', (_name, key, article) => {
    expect(DEFAULT_TAXONOMY.category(key)).toMatchObject({ special: true, article });
    expect(DEFAULT_TAXONOMY.isSpecial(key)).toBe(true);
  });

  it('answers ancestry questions', () => {
    expect(DEFAULT_TAXONOMY.isWithin('user.contact.address.street', 'user.contact')).toBe(true);
    expect(DEFAULT_TAXONOMY.isWithin('user.contact.email', 'user.contact.address')).toBe(false);
    expect(DEFAULT_TAXONOMY.isSpecial('user.contact.email')).toBe(false);
    expect(DEFAULT_TAXONOMY.lineage('nope')).toEqual([]);
  });

  it('defines the data subjects, employees and applicants being HR subjects', () => {
    expect(DEFAULT_DATA_SUBJECTS.map((subject) => subject.key).sort()).toEqual(
      ['applicant', 'contact', 'customer', 'dependant', 'employee', 'user'],
    );
    expect(DEFAULT_DATA_SUBJECTS.filter((subject) => subject.hr).map((subject) => subject.key).sort()).toEqual(['applicant', 'employee']);
  });
});

describe('isHrData', () => {
  it.each([
    [['user.contact.email'], ['employee'], true],
    [['user.employment.compensation'], ['applicant'], true],
    [['user.name'], ['dependant', 'employee'], true],
    [['user.contact.email'], ['customer', 'contact'], false],
    [['user.account.username'], ['user'], false],
    [[], ['employee'], false],
    [['user.contact.email'], [], false],
  ])('%j of %j → %s', (categories, subjects, expected) => {
    expect(isHrData({ categories, subjects })).toBe(expected);
  });
});

describe('isSpecialCategoryData', () => {
  it.each([
    [['user.health_and_medical.genetic'], true],
    [['user.contact.email', 'user.criminal_history'], true],
    [['user.employment.absence'], false],
    [['unknown.key'], false],
  ])('%j → %s', (categories, expected) => {
    expect(isSpecialCategoryData({ categories })).toBe(expected);
  });
});
