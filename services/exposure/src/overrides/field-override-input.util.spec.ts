import { validateFieldOverrideInput } from './field-override-input.util';

describe('validateFieldOverrideInput', () => {
  it('accepts a personal field with known categories and subjects', () => {
    expect(validateFieldOverrideInput({ model: 'hr.employee', field: 'x_badge', personal: true, categories: ['user.contact.email'], subjects: ['employee'] })).toEqual({
      model: 'hr.employee', field: 'x_badge', categories: ['user.contact.email'], subjects: ['employee'],
    });
  });

  it('accepts a field declared not personal', () => {
    expect(validateFieldOverrideInput({ model: 'hr.employee', field: 'color', personal: false })).toEqual({ model: 'hr.employee', field: 'color', personal: false });
  });

  it.each([
    [{ model: 'Not A Model', field: 'x', categories: ['user.contact.email'], subjects: ['employee'] }, 'input.model: expected a model name such as "hr.employee"'],
    [{ model: 'hr.employee', field: 'bad name', categories: ['user.contact.email'], subjects: ['employee'] }, 'input.field: expected a field name such as "private_email"'],
    [{ model: 'hr.employee', field: 'x', categories: ['user.nope'], subjects: ['employee'] }, 'input.categories[0]: unknown data category "user.nope"'],
    [{ model: 'hr.employee', field: 'x', categories: ['user.contact.email'], subjects: ['martian'] }, 'input.subjects[0]: unknown data subject "martian"'],
    [{ model: 'hr.employee', field: 'x', categories: [], subjects: ['employee'] }, 'input.categories: expected a non-empty list of data category keys'],
  ])('rejects %j naming the input field', (input, message) => {
    expect(() => validateFieldOverrideInput({ ...input, personal: true })).toThrow(message);
  });
});
