import { ClassificationOverrideError } from './classification-override.error';
import { parseClassificationOverrides } from './parse-classification-overrides.util';
import { parseClassificationOverridesOrThrow } from './parse-classification-overrides-or-throw.util';

const FILE = 'sightline-classification.yaml';

const VALID = `
categories:
  - key: user.health_and_medical.allergy
    label: Allergy
    description: Food or drug allergies noted by HR
  - key: user.employment.union_dues
    label: Union dues
    parent: user.demographic.union_membership
subjects:
  - key: intern_candidate
    label: Internship candidate
    hr: true
fields:
  - model: hr.employee
    field: x_allergies
    categories: [user.health_and_medical.allergy]
    subjects: [employee]
  - model: res.partner
    field: website
    personal: false
    reason: only company websites in this database
  - model: x_internship.request
    field: x_school_email
    categories: [user.contact.email]
    subjects: [intern_candidate]
`;

describe('parseClassificationOverrides', () => {
  it('reads categories, subjects and fields', () => {
    expect(parseClassificationOverridesOrThrow(VALID, FILE)).toEqual({
      source: FILE,
      categories: [
        {
          key: 'user.health_and_medical.allergy',
          label: 'Allergy',
          description: 'Food or drug allergies noted by HR',
          parent: 'user.health_and_medical',
        },
        { key: 'user.employment.union_dues', label: 'Union dues', parent: 'user.demographic.union_membership' },
      ],
      subjects: [{ key: 'intern_candidate', label: 'Internship candidate', hr: true }],
      fields: [
        { model: 'hr.employee', field: 'x_allergies', categories: ['user.health_and_medical.allergy'], subjects: ['employee'] },
        { model: 'res.partner', field: 'website', personal: false, reason: 'only company websites in this database' },
        { model: 'x_internship.request', field: 'x_school_email', categories: ['user.contact.email'], subjects: ['intern_candidate'] },
      ],
    });
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing yet\n'],
    ['empty lists', 'categories:\nsubjects: []\nfields:\n'],
  ])('accepts %s', (_name, text) => {
    expect(parseClassificationOverrides(text, FILE)).toMatchObject({ ok: true });
  });

  it.each([
    ['broken YAML', 'fields:\n  - model: hr.employee\n    field: [x\n', 4, 1, '', 'invalid YAML'],
    ['duplicate YAML keys', 'fields: []\nfields: []\n', 2, 1, '', 'invalid YAML: Map keys must be unique'],
    ['a list at the top', '- model: hr.employee\n', 1, 1, '', 'expected a map with categories, subjects and/or fields, found a list'],
    ['an unknown top-level key', 'field:\n  - model: hr.employee\n', 2, 3, 'field', 'unknown key "field"'],
    ['fields not a list', 'fields: hr.employee\n', 1, 9, 'fields', 'expected a list, found string "hr.employee"'],
    ['an entry that is not a map', 'fields:\n  - hr.employee\n', 2, 5, 'fields[0]', 'expected a map with model and field'],
    ['a bad model name', 'fields:\n  - model: hr employee\n    field: x\n    categories: [user.name]\n    subjects: [employee]\n', 2, 12, 'fields[0].model', 'expected a model name'],
    ['a missing field', 'fields:\n  - model: hr.employee\n    categories: [user.name]\n    subjects: [employee]\n', 2, 5, 'fields[0].field', 'expected a field name'],
    ['a typo in a key', 'fields:\n  - model: hr.employee\n    field: x\n    categorie: [user.name]\n    subjects: [employee]\n', 4, 16, 'fields[0].categorie', 'unknown key "categorie"'],
    ['an unknown category', 'fields:\n  - model: hr.employee\n    field: x\n    categories: [user.name, user.blood_type]\n    subjects: [employee]\n', 4, 29, 'fields[0].categories[1]', 'unknown data category "user.blood_type"'],
    ['an unknown subject', 'fields:\n  - model: hr.employee\n    field: x\n    categories: [user.name]\n    subjects:\n      - staff\n', 6, 9, 'fields[0].subjects[0]', 'unknown data subject "staff"'],
    ['no categories', 'fields:\n  - model: hr.employee\n    field: x\n    subjects: [employee]\n', 2, 5, 'fields[0].categories', 'expected a non-empty list of data category keys, found nothing'],
    ['categories on a non-personal field', 'fields:\n  - model: hr.employee\n    field: x\n    personal: false\n    categories: [user.name]\n', 5, 17, 'fields[0].categories', 'a field with personal: false has no categories'],
    ['personal not a boolean', 'fields:\n  - model: hr.employee\n    field: x\n    personal: no\n', 4, 15, 'fields[0].personal', 'expected true or false'],
    ['a field decided twice', 'fields:\n  - {model: hr.employee, field: x, personal: false}\n  - {model: hr.employee, field: x, personal: false}\n', 3, 5, 'fields[1]', 'hr.employee/x is already decided at line 2'],
    ['a category that exists', 'categories:\n  - key: user.contact.email\n    label: Mail\n', 2, 10, 'categories[0].key', 'data category "user.contact.email" is already defined'],
    ['a category without a known prefix', 'categories:\n  - key: acme.badge\n    label: Badge\n', 2, 10, 'categories[0].key', 'no existing category is a prefix of "acme.badge": set parent'],
    ['an unknown parent', 'categories:\n  - key: acme.badge\n    label: Badge\n    parent: user.nope\n', 4, 13, 'categories[0].parent', 'unknown parent category "user.nope"'],
    ['a bad category key', 'categories:\n  - key: User.Badge\n    label: Badge\n', 2, 10, 'categories[0].key', 'expected a dotted lower-case key'],
    ['a bad article', 'categories:\n  - key: user.badge\n    label: Badge\n    article: 8\n', 4, 14, 'categories[0].article', 'expected 9 or 10'],
    ['a subject that exists', 'subjects:\n  - key: employee\n    label: Staff\n', 2, 10, 'subjects[0].key', 'data subject "employee" is already defined'],
    ['a subject without label', 'subjects:\n  - key: intern\n', 2, 5, 'subjects[0].label', 'expected a label'],
  ])('reports %s at its line and column', (_name, text, line, column, path, message) => {
    const result = parseClassificationOverrides(text, FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ file: FILE, line, column, path });
    expect(result.issues[0]!.message).toContain(message);
  });

  it('reports every issue, not only the first', () => {
    const text = 'fields:\n  - model: hr.employee\n    field: x\n    categories: [user.nope]\n    subjects: [nobody]\n';
    const result = parseClassificationOverrides(text, FILE);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['fields[0].categories[0]', 'fields[0].subjects[0]']);
  });

  it('throws an error naming file, line, column and cause', () => {
    const text = 'fields:\n  - model: hr.employee\n    field: x\n    categories: [user.nope]\n    subjects: [employee]\n';
    expect(() => parseClassificationOverridesOrThrow(text, FILE)).toThrow(ClassificationOverrideError);
    expect(() => parseClassificationOverridesOrThrow(text, FILE)).toThrow(
      `${FILE}:4:18: fields[0].categories[0]: unknown data category "user.nope"`,
    );
  });
});
