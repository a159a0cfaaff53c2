import { createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { join, resolve } from 'node:path';
import { ConfigError } from '@sightline/platform-config';
import type { PlatformConfig } from '@sightline/platform-config';
import { decodeAuditPublicKey } from './audit-public-key.util';
import { loadAuditSigningKey } from './load-audit-signing-key.util';

/** The signing key of this installation: SIGHTLINE_AUDIT_SIGNING_KEY, else `<data dir>/audit-signing.key`. */
export function configuredAuditSigningKey(config: Pick<PlatformConfig, 'auditSigningKey' | 'dataDir'>): Promise<KeyObject> {
  return loadAuditSigningKey(config.auditSigningKey, join(resolve(config.dataDir), 'audit-signing.key'));
}

/**
 * The public keys checkpoints are verified with: the signing key's, then earlier keys still trusted
 * after a rotation (SIGHTLINE_AUDIT_TRUSTED_KEYS; a bad one is a ConfigError naming it).
 */
export function trustedAuditKeys(signingKey: KeyObject, config: Pick<PlatformConfig, 'auditTrustedKeys'>): KeyObject[] {
  const retired = config.auditTrustedKeys.map((text, index) => {
    try {
      return decodeAuditPublicKey(text, `key ${index + 1}`);
    } catch (error) {
      throw new ConfigError('SIGHTLINE_AUDIT_TRUSTED_KEYS', (error as Error).message);
    }
  });
  return [createPublicKey(signingKey), ...retired];
}
