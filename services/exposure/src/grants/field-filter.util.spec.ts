import { DEFAULT_TAXONOMY } from '@sightline/privacy-catalog';
import { fieldPredicate } from './field-filter.util';

const field = (model: string, name: string, categories: string[], subjects: string[]) => ({ model, field: name, key: `${model}/${name}`, categories, subjects });
const privateEmail = field('hr.employee', 'private_email', ['user.contact.email'], ['employee']);
const partnerEmail = field('res.partner', 'email', ['user.contact.email'], ['customer']);

describe('fieldPredicate', () => {
  it('selects HR data by default category "hr", everything with "all"', () => {
    expect([privateEmail, partnerEmail].filter(fieldPredicate({ category: 'hr' }, DEFAULT_TAXONOMY))).toEqual([privateEmail]);
    expect([privateEmail, partnerEmail].filter(fieldPredicate({ category: 'all' }, DEFAULT_TAXONOMY))).toHaveLength(2);
  });

  it('selects a category with its descendants, and by model and field', () => {
    expect([privateEmail, partnerEmail].filter(fieldPredicate({ category: 'user.contact' }, DEFAULT_TAXONOMY))).toHaveLength(2);
    expect([privateEmail, partnerEmail].filter(fieldPredicate({ category: 'all', model: 'res.partner' }, DEFAULT_TAXONOMY))).toEqual([partnerEmail]);
  });

  it('names the argument of an unknown category', () => {
    expect(() => fieldPredicate({ category: 'user.nope' }, DEFAULT_TAXONOMY, 'filter.category')).toThrow(/^filter\.category: expected "hr", "all" or a data category/);
  });
});
