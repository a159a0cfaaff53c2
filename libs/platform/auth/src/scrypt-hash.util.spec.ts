import { hashSecret, isSecretMatching, tokenCost } from './scrypt-hash.util';

describe('scrypt hashing', () => {
  it('salts every hash and matches only the same secret', async () => {
    const a = await hashSecret('correct horse', tokenCost);
    const b = await hashSecret('correct horse', tokenCost);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toContain('correct horse');
    expect(await isSecretMatching('correct horse', a)).toBe(true);
    expect(await isSecretMatching('correct horsf', a)).toBe(false);
  });

  it('never matches a malformed or tampered stored value', async () => {
    const stored = await hashSecret('s', tokenCost);
    expect(await isSecretMatching('s', stored.replace('scrypt$', 'bcrypt$'))).toBe(false);
    expect(await isSecretMatching('s', stored.slice(0, -2))).toBe(false);
    expect(await isSecretMatching('s', 'scrypt$99999999$8$1$AAAA$AAAA')).toBe(false);
    expect(await isSecretMatching('s', '')).toBe(false);
  });
});
