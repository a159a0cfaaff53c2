import { corpusLoadOrder } from './corpus-load-order.util';

describe('corpusLoadOrder', () => {
  const manifests = new Map([
    ['hr_holidays', { depends: ['hr', 'calendar'] }],
    ['calendar', { depends: ['base'] }],
    ['hr', { depends: ['base', 'mail'] }],
    ['mail', { depends: ['base'] }],
    ['base', {}],
    ['test_hr', { depends: ['hr'] }],
  ]);

  it('puts base first, then modules by dependency depth, then by name', () => {
    expect(corpusLoadOrder(manifests, () => true)).toEqual(['base', 'calendar', 'mail', 'hr', 'hr_holidays', 'test_hr']);
  });

  it('leaves out the modules not included', () => {
    expect(corpusLoadOrder(manifests, (module) => !module.startsWith('test_'))).toEqual(['base', 'calendar', 'mail', 'hr', 'hr_holidays']);
  });

  it('names a dependency cycle', () => {
    const cyclic = new Map([['a', { depends: ['b'] }], ['b', { depends: ['a'] }]]);
    expect(() => corpusLoadOrder(cyclic, () => true)).toThrow('dependency cycle: a -> b -> a');
  });
});
