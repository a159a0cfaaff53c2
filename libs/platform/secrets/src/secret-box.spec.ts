import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';
import { loadSecretKey } from './load-secret-key.util';

describe('SecretBox', () => {
  const box = SecretBox.fromKey(randomBytes(32));

  it('round-trips and never stores the plaintext', () => {
    const sealed = box.seal('odoo-api-key-123', 'source-1');
    expect(sealed.includes(Buffer.from('odoo-api-key-123'))).toBe(false);
    expect(box.open(sealed, 'source-1')).toBe('odoo-api-key-123');
  });

  it('uses a fresh nonce each time', () => {
    expect(box.seal('x', 'c').equals(box.seal('x', 'c'))).toBe(false);
  });

  it('refuses a ciphertext moved to another context, tampered with, or sealed with another key', () => {
    const sealed = box.seal('secret', 'source-1');
    expect(() => box.open(sealed, 'source-2')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => box.open(tampered, 'source-1')).toThrow();
    expect(() => SecretBox.fromKey(randomBytes(32)).open(sealed, 'source-1')).toThrow();
  });

  it('does not reveal its key when serialised', () => {
    expect(JSON.stringify({ box })).toBe('{"box":"[SecretBox]"}');
  });
});

describe('loadSecretKey', () => {
  it('creates a private key file once and reads it back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sightline-key-'));
    try {
      const file = join(dir, 'secret.key');
      const first = await loadSecretKey(undefined, file);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await loadSecretKey(undefined, file)).equals(first)).toBe(true);
      expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64').equals(first)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prefers the configured key and rejects a bad one', async () => {
    const key = randomBytes(32);
    expect((await loadSecretKey(key.toString('base64'), '/nonexistent/key')).equals(key)).toBe(true);
    await expect(loadSecretKey('c2hvcnQ=', '/x')).rejects.toThrow('SIGHTLINE_SECRET_KEY: expected the base64 of 32 random bytes');
  });
});
