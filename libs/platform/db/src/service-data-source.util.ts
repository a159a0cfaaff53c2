import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { EntitySchema, MixedList } from 'typeorm';

export interface ServiceDatabaseOptions {
  url: string;
  /** The service's own PostgreSQL schema: each service owns one. */
  schema: string;
  // TypeORM's own list type: entity classes or schemas.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/**
 * Opens a service's TypeORM data source and brings its schema up to date. Migrations run in one
 * transaction under an advisory lock, so services starting together against one database don't race.
 */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  await createSchemaIfMissing(options.url, options.schema);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    // At least 2: the migration lock holds one connection while the migrations run on another.
    extra: { max: Math.max(2, options.poolSize ?? 10), application_name: `sightline-${options.schema}` },
  });
  await dataSource.initialize();
  await withAdvisoryLock(dataSource, `sightline:migrations:${options.schema}`, () =>
    dataSource.runMigrations({ transaction: 'all' }),
  );
  return dataSource;
}

async function createSchemaIfMissing(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema if not exists "${schema.replace(/"/g, '""')}"`);
  } catch (error) {
    // Two services creating the same schema at once: the loser sees a unique violation.
    if ((error as { code?: string }).code !== '23505') throw error;
  } finally {
    await client.end();
  }
}

async function withAdvisoryLock<T>(dataSource: DataSource, key: string, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('select pg_advisory_lock(hashtext($1))', [key]);
    return await work();
  } finally {
    await runner.query('select pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await runner.release();
  }
}
