import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The key that seals credentials: SIGHTLINE_SECRET_KEY (base64 of 32 bytes) when set; otherwise a
 * key file in the data directory, created with mode 0600 on first use (the embedded default).
 */
export async function loadSecretKey(configured: string | undefined, keyFile: string): Promise<Buffer> {
  if (configured) return decodeKey(configured, 'SIGHTLINE_SECRET_KEY');
  if (existsSync(keyFile)) return decodeKey((await readFile(keyFile, 'utf8')).trim(), keyFile);
  const key = randomBytes(32);
  await mkdir(dirname(keyFile), { recursive: true });
  await writeFile(keyFile, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

function decodeKey(text: string, origin: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error(`${origin}: expected the base64 of 32 random bytes (openssl rand -base64 32)`);
  return key;
}
