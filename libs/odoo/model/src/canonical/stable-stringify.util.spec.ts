import { stableStringify } from './stable-stringify.util';

describe('stableStringify', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    [{ '10': 'x', '9': 'y', a: 'z' }, '{"10":"x","9":"y","a":"z"}'],
    [[3, { z: [], y: 'é' }], '[3,{"y":"é","z":[]}]'],
    ['a"b', '"a\\"b"'],
    [[undefined], '[null]'],
  ])('writes %j as %s', (value, expected) => {
    expect(stableStringify(value)).toBe(expected);
  });

  it.each([[undefined], [NaN], [Infinity], [() => 1]])('refuses %p', (value) => {
    expect(() => stableStringify(value)).toThrow(TypeError);
  });
});
