import type { KeyObject } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { AuditLog, AuditSigner, decodeAuditPublicKey, loadAuditSigningKey, openAuditDatabase } from '@sightline/platform-audit';
import { ApiTokenService, Authenticator, gatewayAssertionKey, isRole, LocalUserService, openAuthDatabase, RoleAssignmentService, SessionService } from '@sightline/platform-auth';
import type { OidcVerificationOptions, Role } from '@sightline/platform-auth';
import { ConfigError } from '@sightline/platform-config';
import type { OidcConfig, PlatformConfig } from '@sightline/platform-config';
import { TenantDirectory } from '@sightline/gateway';
import type { GatewayAuthentication } from '@sightline/gateway';

/** Sightline's own access control and audit log, opened on the platform database. */
export interface PlatformSecurity {
  authDb: DataSource;
  auditDb: DataSource;
  audit: AuditLog;
  signer: AuditSigner;
  trustedKeys: () => KeyObject[];
  authentication: GatewayAuthentication;
  users: LocalUserService;
  tokens: ApiTokenService;
  roles: RoleAssignmentService;
  tenants: TenantDirectory;
  close(): Promise<void>;
}

export async function openPlatformSecurity(databaseUrl: string, config: PlatformConfig, secretKey: Buffer): Promise<PlatformSecurity> {
  const oidc = config.oidc && toOidcOptions(config.oidc);
  const signingKey = await loadAuditSigningKey(config.auditSigningKey, join(resolve(config.dataDir), 'audit-signing.key'));
  const authDb = await openAuthDatabase(databaseUrl);
  const auditDb = await openAuditDatabase(databaseUrl).catch(async (error: unknown) => {
    await authDb.destroy();
    throw error;
  });
  const signer = new AuditSigner(signingKey);
  const retired = trustedKeysOf(config);
  const tokens = new ApiTokenService(authDb);
  const users = new LocalUserService(authDb);
  const sessions = new SessionService(authDb);
  const tenants = new TenantDirectory(authDb);
  const roles = new RoleAssignmentService(authDb);
  const authenticator = new Authenticator({ tokens, sessions, roles, oidc });
  return {
    authDb,
    auditDb,
    audit: new AuditLog(auditDb, signer),
    signer,
    trustedKeys: () => [signer.publicKey, ...retired],
    authentication: { authenticator, users, sessions, tenants, assertionKey: gatewayAssertionKey(secretKey) },
    users,
    tokens,
    roles,
    tenants,
    close: async () => {
      await authDb.destroy();
      await auditDb.destroy();
    },
  };
}

/** Public keys of earlier signing keys (after a rotation), so their checkpoints still verify. */
export function trustedKeysOf(config: PlatformConfig): KeyObject[] {
  return config.auditTrustedKeys.map((text, index) => {
    try {
      return decodeAuditPublicKey(text, `key ${index + 1}`);
    } catch (error) {
      throw new ConfigError('SIGHTLINE_AUDIT_TRUSTED_KEYS', (error as Error).message);
    }
  });
}

function toOidcOptions(config: OidcConfig): OidcVerificationOptions {
  let roleMapping: Record<string, Role> | undefined;
  if (config.roleMapping) {
    roleMapping = {};
    for (const [name, role] of Object.entries(config.roleMapping)) {
      if (!isRole(role)) throw new ConfigError('SIGHTLINE_OIDC_ROLE_MAPPING', `${name}=${role}: ${role} is not a Sightline role`);
      roleMapping[name] = role;
    }
  }
  return {
    issuer: config.issuer,
    audience: config.audience,
    jwks: new URL(config.jwksUrl),
    claimMapping: { tenantsClaim: config.tenantsClaim, rolesClaim: config.rolesClaim, roleMapping },
  };
}
