import { overridesVersion } from './overrides-version.util';

const row = (field: string, categories: string[] = ['user.contact.email']) => ({ model: 'hr.employee', field, personal: true, categories, subjects: ['employee'] });

describe('overridesVersion', () => {
  it('does not depend on row or list order', () => {
    expect(overridesVersion([row('a'), row('b', ['x', 'y'])])).toBe(overridesVersion([row('b', ['y', 'x']), row('a')]));
  });

  it('changes with any decision', () => {
    expect(overridesVersion([row('a')])).not.toBe(overridesVersion([row('a', ['user.name'])]));
    expect(overridesVersion([row('a')])).not.toBe(overridesVersion([{ ...row('a'), personal: false, categories: [], subjects: [] }]));
    expect(overridesVersion([])).not.toBe(overridesVersion([row('a')]));
  });
});
