import type { KeyObject } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { AuditLog, AuditSigner, configuredAuditSigningKey, openAuditDatabase, trustedAuditKeys } from '@sightline/platform-audit';
import { ApiTokenService, Authenticator, gatewayAssertionKey, isRole, LocalUserService, openAuthDatabase, RoleAssignmentService, SessionService } from '@sightline/platform-auth';
import type { OidcVerificationOptions, RejectedTenantToken, Role } from '@sightline/platform-auth';
import { ConfigError } from '@sightline/platform-config';
import type { OidcConfig, PlatformConfig } from '@sightline/platform-config';
import { loadSecretKey } from '@sightline/platform-secrets';
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
  const signingKey = await configuredAuditSigningKey(config);
  const trustedKeys = trustedAuditKeys(signingKey, config);
  const authDb = await openAuthDatabase(databaseUrl);
  const auditDb = await openAuditDatabase(databaseUrl).catch(async (error: unknown) => {
    await authDb.destroy();
    throw error;
  });
  const signer = new AuditSigner(signingKey);
  const tokens = new ApiTokenService(authDb);
  const users = new LocalUserService(authDb);
  const sessions = new SessionService(authDb);
  const tenants = new TenantDirectory(authDb);
  const roles = new RoleAssignmentService(authDb);
  const audit = new AuditLog(auditDb, signer);
  // A tenant's revoked or expired token used again: also in that tenant's chain, where its auditors look.
  const onRejectedTenantToken = (rejected: RejectedTenantToken) => audit.append({
    tenantId: rejected.tenantId, actor: { kind: 'token', id: rejected.tokenId, name: rejected.name }, action: 'credential.use', objectType: 'Token',
    objectIds: [rejected.tokenId], outcome: 'failure', details: { method: 'token', reason: `API token ${rejected.reason}`, prefix: rejected.prefix },
  });
  const authenticator = new Authenticator({ tokens, sessions, roles, oidc, onRejectedTenantToken });
  return {
    authDb,
    auditDb,
    audit,
    signer,
    trustedKeys: () => trustedKeys,
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

/** The key that seals credentials and signs gateway assertions: SIGHTLINE_SECRET_KEY, else `<data dir>/secret.key`. */
export function configuredSecretKey(config: PlatformConfig): Promise<Buffer> {
  return loadSecretKey(config.secretKey, join(resolve(config.dataDir), 'secret.key'));
}
