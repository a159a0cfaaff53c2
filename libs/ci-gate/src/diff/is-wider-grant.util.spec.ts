import { isWiderGrant } from './is-wider-grant.util';

describe('isWiderGrant', () => {
  it.each([
    ['read', 'all', 'read', 'all', false],
    ['write', 'all', 'read', 'all', true],
    ['read', 'all', 'write', 'all', false],
    ['read', 'all', 'read', 'own-company', true],
    ['read', 'own-company', 'read', 'own-records', true],
    ['read', 'own-records', 'read', 'own-company', false],
    ['read', 'custom', 'read', 'own-company', false],
    ['read', 'all', 'read', 'custom', true],
    ['read', 'own-company', 'read', 'none', true],
  ] as const)('%s %s vs %s %s → %s', (access, scope, beforeAccess, beforeScope, wider) => {
    expect(isWiderGrant({ access, scope }, { access: beforeAccess, scope: beforeScope })).toBe(wider);
  });
});
