import { Client } from 'pg';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres } from '../embedded-postgres.service';

export type TestDatabaseKind = 'url' | 'container' | 'embedded';

export interface TestDatabase {
  kind: TestDatabaseKind;
  url: string;
  /** The database's name, to assert a query really reached it. */
  name: string;
  dispose(): Promise<void>;
}

/**
 * A fresh, empty PostgreSQL database for one test file, from (in order) DATABASE_URL's server,
 * a Testcontainers PostgreSQL when a container runtime answers, or an embedded PostgreSQL.
 */
export async function createTestDatabase(env: NodeJS.ProcessEnv = process.env): Promise<TestDatabase> {
  if (env.DATABASE_URL) return createDatabaseOnServer(env.DATABASE_URL);
  if (env.SIGHTLINE_TEST_NO_CONTAINERS !== '1' && (await containerRuntimeAnswers())) return startContainerDatabase();
  return startEmbeddedDatabase();
}

async function createDatabaseOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = `sightline_test_w${process.env.JEST_WORKER_ID ?? 0}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'url',
    url: url.toString(),
    name,
    dispose: () => adminQuery(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainerDatabase(): Promise<TestDatabase> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:15-alpine').withDatabase('sightline_test').start();
  return {
    kind: 'container',
    url: container.getConnectionUri(),
    name: 'sightline_test',
    dispose: async () => void (await container.stop()),
  };
}

async function startEmbeddedDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sightline-pg-'));
  await chmod(dataDir, 0o755); // the server runs as the postgres user when we are root
  const running = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), database: 'sightline_test', removeOnStop: true });
  return {
    kind: 'embedded',
    url: running.url,
    name: 'sightline_test',
    dispose: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
