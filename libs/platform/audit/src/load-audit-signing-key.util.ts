import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

// PKCS#8 DER header of an Ed25519 private key; the 32-byte seed follows it.
const ed25519Pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The key that signs audit checkpoints: the configured value (an Ed25519 PKCS#8 PEM, or base64 of
 * a 32-byte seed) when set; otherwise a PEM key file, created with mode 0600 on first use.
 */
export async function loadAuditSigningKey(configured: string | undefined, keyFile: string): Promise<KeyObject> {
  if (configured) return decodeKey(configured, 'SIGHTLINE_AUDIT_SIGNING_KEY');
  if (existsSync(keyFile)) return decodeKey(await readFile(keyFile, 'utf8'), keyFile);
  const { privateKey } = generateKeyPairSync('ed25519');
  await mkdir(dirname(keyFile), { recursive: true });
  await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return privateKey;
}

function decodeKey(text: string, origin: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  try {
    if (trimmed.startsWith('-----BEGIN')) {
      key = createPrivateKey(trimmed);
    } else {
      const seed = Buffer.from(trimmed, 'base64');
      if (seed.length !== 32) throw new Error('wrong length');
      key = createPrivateKey({ key: Buffer.concat([ed25519Pkcs8Prefix, seed]), format: 'der', type: 'pkcs8' });
    }
  } catch {
    throw new Error(`${origin}: expected an Ed25519 private key (PKCS#8 PEM) or the base64 of a 32-byte seed`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${origin}: expected an Ed25519 key, got ${key.asymmetricKeyType}`);
  return key;
}
