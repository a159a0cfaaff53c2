import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { AuditLog, openAuditDatabase } from '@sightline/platform-audit';
import { loadPlatformConfig } from '@sightline/platform-config';
import { resolveDatabase } from '@sightline/platform-db';
import { openInventoryDatabase, snapshotImportAuditEntry, storeSnapshot } from '@sightline/inventory';
import { CliError, exitCodes } from '../cli-error';
import { readSnapshotFile } from '../read-snapshot-file.util';

export interface ImportOptions {
  label?: string;
  tenant: string;
}

/**
 * Stores a snapshot file in the platform's database (DATABASE_URL, else the embedded one), atomically,
 * and records it in the tenant's audit log with the operating-system account that ran the command.
 */
export async function importSnapshotFile(path: string, options: ImportOptions, out: NodeJS.WritableStream): Promise<number> {
  const snapshot = await readSnapshotFile(path);
  const config = loadPlatformConfig();
  const database = await resolveDatabase({ databaseUrl: config.databaseUrl, dataDir: resolve(config.dataDir) });
  try {
    const dataSource = await openInventoryDatabase(database.url);
    try {
      const [tenant] = await dataSource.query(`select 1 from inventory.tenant where slug = $1`, [options.tenant]);
      if (!tenant) throw new CliError(`--tenant: tenant ${options.tenant} does not exist (start \`sightline serve\` once to create the default tenant)`, exitCodes.usage);
      const stored = await storeSnapshot(dataSource, { tenantSlug: options.tenant, snapshot, label: options.label ?? path });
      const auditDb = await openAuditDatabase(database.url, 1);
      try {
        await new AuditLog(auditDb).append(snapshotImportAuditEntry(stored, { kind: 'system', id: `cli:${userInfo().username}` }, 'sightline import'));
      } finally {
        await auditDb.destroy();
      }
      out.write(`imported ${path} as snapshot ${stored.id} (sha256 ${stored.contentHash})\n`);
      return 0;
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}
