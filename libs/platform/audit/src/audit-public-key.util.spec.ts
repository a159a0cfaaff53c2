import { generateKeyPairSync } from 'node:crypto';
import { auditKeyId } from './audit-signer';
import { decodeAuditPublicKey, encodeAuditPublicKey } from './audit-public-key.util';

describe('audit public keys as text', () => {
  it('round-trips an Ed25519 public key', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const decoded = decodeAuditPublicKey(encodeAuditPublicKey(publicKey), 'test');
    expect(auditKeyId(decoded)).toBe(auditKeyId(publicKey));
  });

  it('refuses text that is not a key, and keys of another type, naming where it came from', () => {
    expect(() => decodeAuditPublicKey('bm90IGEga2V5', 'SIGHTLINE_AUDIT_TRUSTED_KEYS')).toThrow('SIGHTLINE_AUDIT_TRUSTED_KEYS: not a public key');
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => decodeAuditPublicKey(encodeAuditPublicKey(publicKey), '--public-key')).toThrow('--public-key: expected an Ed25519 public key, got ec');
  });
});
