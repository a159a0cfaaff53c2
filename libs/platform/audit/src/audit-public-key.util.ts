import { createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/** A public key as operators copy it: base64 of its SPKI DER form (what `sightline audit public-key` prints). */
export function encodeAuditPublicKey(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** The Ed25519 public key of `encodeAuditPublicKey`; throws naming `origin` when it is not one. */
export function decodeAuditPublicKey(text: string, origin: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'spki' });
  } catch {
    throw new Error(`${origin}: not a public key (expected the base64 that \`sightline audit public-key\` prints)`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${origin}: expected an Ed25519 public key, got ${key.asymmetricKeyType}`);
  return key;
}
