import { computeLoadIndexes } from './compute-load-indexes.util';

describe('computeLoadIndexes', () => {
  it('orders base first, then by depth, then by name', () => {
    const depends = new Map<string, string[]>([
      ['hr', ['mail', 'resource']],
      ['mail', ['base', 'web']],
      ['web', ['base']],
      ['resource', ['base']],
      ['base', []],
      ['auth_signup', ['base', 'web']],
      ['unknown_dep', ['base', 'not_installed']],
    ]);
    expect([...computeLoadIndexes(depends)].map(([name]) => name)).toEqual(['base', 'resource', 'unknown_dep', 'web', 'auth_signup', 'mail', 'hr']);
  });
});
