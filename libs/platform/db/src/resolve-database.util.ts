import { join } from 'node:path';
import { assertDatabaseReachable } from './assert-database-reachable.util';
import { startEmbeddedPostgres } from './embedded-postgres.service';

export type DatabaseKind = 'url' | 'embedded';

export interface DatabaseHandle {
  kind: DatabaseKind;
  url: string;
  stop(): Promise<void>;
}

export interface ResolveDatabaseOptions {
  databaseUrl?: string;
  /** Sightline's data directory; the embedded cluster lives in `<dataDir>/pg`. */
  dataDir: string;
}

/**
 * The database the platform runs on: DATABASE_URL when given (checked now, so a bad one fails at
 * start rather than on the first request), otherwise the embedded PostgreSQL kept under the data dir.
 */
export async function resolveDatabase(options: ResolveDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    await assertDatabaseReachable(options.databaseUrl);
    return { kind: 'url', url: options.databaseUrl, stop: async () => undefined };
  }
  const running = await startEmbeddedPostgres({ dataDir: join(options.dataDir, 'pg'), database: 'sightline' });
  return { kind: 'embedded', ...running };
}
