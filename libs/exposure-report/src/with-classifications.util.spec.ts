import { hrDataFilter } from './hr-data-filter.util';
import { tinySnapshot } from './testing/tiny-snapshot.test-util';
import { withClassifications } from './with-classifications.util';

describe('withClassifications', () => {
  it('replaces the classifications and leaves the rest and the original alone', () => {
    const snapshot = tinySnapshot();
    const replaced = withClassifications(snapshot, [{ model: 'res.partner', field: 'email', categories: ['x'], subjects: ['customer'] }]);
    expect(replaced.classifications).toEqual([{ model: 'res.partner', field: 'email', categories: ['x'], subjects: ['customer'] }]);
    expect(replaced.groups).toBe(snapshot.groups);
    expect(snapshot.classifications).toHaveLength(3);
  });
});

describe('hrDataFilter', () => {
  it('keeps personal data of employees and applicants only', () => {
    const isHr = hrDataFilter();
    expect(isHr({ model: 'hr.employee', field: 'a', categories: ['user.contact.email'], subjects: ['employee'] })).toBe(true);
    expect(isHr({ model: 'hr.applicant', field: 'a', categories: ['user.contact.email'], subjects: ['applicant'] })).toBe(true);
    expect(isHr({ model: 'res.partner', field: 'a', categories: ['user.contact.email'], subjects: ['customer'] })).toBe(false);
    expect(isHr({ model: 'hr.employee', field: 'a', categories: [], subjects: ['employee'] })).toBe(false);
  });
});
