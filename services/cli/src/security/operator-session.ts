import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { loadPlatformConfig } from '@sightline/platform-config';
import { resolveDatabase } from '@sightline/platform-db';
import type { AuditActor } from '@sightline/platform-audit';
import { CliError, exitCodes } from '../cli-error';
import { configuredSecretKey, openPlatformSecurity } from './platform-security';
import type { PlatformSecurity } from './platform-security';

/**
 * Runs an operator command against the platform database (DATABASE_URL, else the embedded cluster,
 * which it joins when `sightline serve` is running). The actor recorded in the audit log is the
 * operating-system account running the command.
 */
export async function asOperator<T>(work: (security: PlatformSecurity, actor: AuditActor) => Promise<T>): Promise<T> {
  const config = loadPlatformConfig();
  const database = await resolveDatabase({ databaseUrl: config.databaseUrl, dataDir: resolve(config.dataDir) });
  try {
    const secretKey = await configuredSecretKey(config);
    const security = await openPlatformSecurity(database.url, config, secretKey);
    try {
      return await work(security, { kind: 'system', id: `cli:${userInfo().username}` });
    } finally {
      await security.close();
    }
  } finally {
    await database.stop();
  }
}

/** The tenant's id by slug; the inventory schema must exist (run `sightline serve` once). */
export async function tenantIdOf(security: PlatformSecurity, slug: string): Promise<string> {
  const tenant = await security.tenants.find(slug).catch(() => null);
  if (!tenant) throw new CliError(`tenant ${slug} does not exist (start \`sightline serve\` once to create the default tenant)`, exitCodes.usage);
  return tenant.id;
}
