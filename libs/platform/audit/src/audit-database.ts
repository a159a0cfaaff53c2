import { openServiceDatabase } from '@sightline/platform-db';
import type { DataSource } from 'typeorm';
import { CreateAuditSchema1764000000000 } from './migrations/1764000000000-create-audit-schema.migration';
import { GrantAuditWriter1764000100000 } from './migrations/1764000100000-grant-audit-writer.migration';

export const auditSchema = 'audit';
export const auditMigrations = [CreateAuditSchema1764000000000, GrantAuditWriter1764000100000];

/** Opens the audit schema of the given database, applying pending migrations under platform-db's advisory lock. */
export function openAuditDatabase(url: string, poolSize?: number): Promise<DataSource> {
  return openServiceDatabase({ url, schema: auditSchema, entities: [], migrations: auditMigrations, poolSize });
}
