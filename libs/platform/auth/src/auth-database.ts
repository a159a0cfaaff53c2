import { openServiceDatabase } from '@sightline/platform-db';
import type { DataSource } from 'typeorm';
import { CreateAuthSchema1764000100000 } from './migrations/1764000100000-create-auth-schema.migration';
import { CreateSessions1764000200000 } from './migrations/1764000200000-create-sessions.migration';
import { EnableAuthTenantIsolation1764000300000 } from './migrations/1764000300000-enable-auth-tenant-isolation.migration';

export const authSchema = 'auth';
export const authMigrations = [CreateAuthSchema1764000100000, CreateSessions1764000200000, EnableAuthTenantIsolation1764000300000];

/** Opens the auth schema of the given database, applying pending migrations under platform-db's advisory lock. */
export function openAuthDatabase(url: string, poolSize?: number): Promise<DataSource> {
  return openServiceDatabase({ url, schema: authSchema, entities: [], migrations: authMigrations, poolSize });
}
