import { XmlRef } from '../eval/xml-ref.type';
import type { FieldValue } from './field-value.type';
import { fieldBoolean, fieldReference, fieldText } from './field-value.converters';

const text = (value: string): FieldValue => ({ kind: 'text', text: value });
const python = (value: unknown): FieldValue => ({ kind: 'python', read: () => value });

describe('field value conversion', () => {
  it.each<[FieldValue, boolean]>([
    [text('True'), true],
    [text(' 1 '), true],
    [text('on'), true],
    [text('False'), false],
    [text('0'), false],
    [python(true), true],
    [python(0), false],
    [python([]), false],
    [python('x'), true],
  ])('boolean %#', (value, expected) => {
    expect(fieldBoolean(value)).toBe(expected);
  });

  it('refuses text that is not a boolean', () => {
    expect(() => fieldBoolean(text('maybe'))).toThrow('not a boolean: "maybe"');
  });

  it.each<[FieldValue, string | null]>([
    [text("[('a', '=', 1)]"), "[('a', '=', 1)]"],
    [python('Officer'), 'Officer'],
    [python(false), null],
    [python([['a', '=', 1]]), "[['a', '=', 1]]"],
  ])('text %#', (value, expected) => {
    expect(fieldText(value)).toBe(expected);
  });

  it.each<[FieldValue, string | null]>([
    [{ kind: 'ref', xmlid: 'hr.group_hr_user' }, 'hr.group_hr_user'],
    [{ kind: 'ref', xmlid: null }, null],
    [python(new XmlRef('base.group_user')), 'base.group_user'],
    [python(false), null],
  ])('reference %#', (value, expected) => {
    expect(fieldReference(value)).toBe(expected);
  });

  it('refuses a reference given as text or a number', () => {
    expect(() => fieldReference(text('12'))).toThrow('a reference needs ref= or eval=, found text "12"');
    expect(() => fieldReference(python(12))).toThrow('expected ref(...) or False, got 12');
  });
});
