import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { loadPlatformConfig } from '@sightline/platform-config';
import type { PlatformConfig } from '@sightline/platform-config';
import { assertDatabaseReachable, describeDatabaseUrl, resolveDatabase } from '@sightline/platform-db';
import { closeServer, createLogger, HttpMetrics, listen } from '@sightline/platform-http';
import type { Logger } from '@sightline/platform-http';
import { createGateway, readSupergraph } from '@sightline/gateway';
import { SecretBox } from '@sightline/platform-secrets';
import { openInventoryDatabase } from '@sightline/inventory';
import type { BootstrapAdminResult } from '@sightline/platform-auth';
import { seedDemo } from '../demo/seed-demo';
import { configuredSecretKey, openPlatformSecurity } from '../security/platform-security';
import { announceToStderr, ensureBootstrapAdmin } from '../security/bootstrap-admin';
import { startSecurityHousekeeping } from '../security/security-housekeeping';
import { startLocalSubgraphs } from '../subgraphs';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** Seed an empty database with demo data built on the real Odoo corpus (in the background). */
  demo?: boolean;
  /** Where the bootstrap administrator's password goes, once (default: stderr). */
  announce?: (admin: BootstrapAdminResult) => void;
  /** Where "demo ready" and what to try go once the demo data is stored (default: stdout). */
  announceDemo?: (text: string) => void;
  /** Stores the demo data, returning how many snapshots it stored (default: seedDemo; tests replace it). */
  seedDemo?: (dataSource: DataSource, dataDir: string, logger: Logger) => Promise<number>;
}

/** The demo data of `serve --demo`: in `/healthz`'s JSON, and `/readyz` answers 503 until it is `ready`. */
export type DemoState = 'seeding' | 'ready' | 'failed';

export interface RunningPlatform {
  url: string;
  databaseUrl: string;
  /** Settles when the demo data (if asked for) is stored, or could not be. */
  demoReady: Promise<void>;
  /** The demo data's state (undefined without --demo). */
  demoState(): DemoState | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the platform: binds the port first (so a busy port fails in milliseconds), then the
 * database (DATABASE_URL or the embedded PostgreSQL), the in-process subgraphs and the gateway.
 */
export async function servePlatform(options: ServeOptions, env: NodeJS.ProcessEnv = process.env): Promise<RunningPlatform> {
  const config = withOverrides(loadPlatformConfig(env), options);
  const logger = createLogger(config.logLevel);
  let handler: Parameters<typeof listen>[0] = (_req, res) => res.writeHead(503).end('starting');
  const server = await listen((req, res) => handler(req, res), config.port, config.host);
  const stops: Array<() => Promise<void>> = [() => closeServer(server)];
  let demo: DemoState | undefined = options.demo ? 'seeding' : undefined;
  try {
    const database = await resolveDatabase({ databaseUrl: config.databaseUrl, dataDir: resolve(config.dataDir) });
    stops.unshift(() => database.stop());
    const secretKey = await configuredSecretKey(config);
    const security = await openPlatformSecurity(database.url, config, secretKey);
    stops.unshift(() => security.close());
    const subgraphs = await startLocalSubgraphs(database.url, config.subgraphUrls, SecretBox.fromKey(secretKey), security, { odooAllowedHosts: config.odooAllowedHosts });
    stops.unshift(() => subgraphs.close());
    const bootstrap = await ensureBootstrapAdmin(security);
    if (bootstrap.password) (options.announce ?? announceToStderr)(bootstrap);
    const housekeeping = startSecurityHousekeeping(security, logger);
    stops.unshift(housekeeping.stop);
    const metrics = new HttpMetrics();
    const gateway = await createGateway({
      supergraphSdl: readSupergraph(),
      subgraphs: { local: subgraphs.local, urls: config.subgraphUrls },
      authentication: security.authentication,
      audit: security.audit,
      health: async () => {
        await assertDatabaseReachable(database.url, 'database', 2000);
        return { database: database.kind, ...(demo ? { demo } : {}) };
      },
      readiness: () => (demo ? { ready: demo === 'ready', demo } : { ready: true }),
      metrics,
      logger,
      production: config.environment === 'production',
      trustProxy: config.trustProxy,
      queryTimeBudgetMs: config.queryTimeBudgetMs,
      metricsToken: config.metricsToken,
    });
    stops.unshift(() => gateway.stop());
    handler = gateway.app;
    const url = `http://${displayHost(config.host)}:${portOf(server)}/graphql`;
    logger.info({ url, database: database.kind, databaseUrl: describeDatabaseUrl(database.url) }, 'Sightline is serving');
    const demoReady = options.demo
      ? seedDemoInBackground(database.url, resolve(config.dataDir), logger, options.seedDemo ?? seedDemo).then((seeded) => {
          demo = seeded === undefined ? 'failed' : 'ready';
          if (seeded !== undefined) (options.announceDemo ?? announceToStdout)(demoReadyText(url, seeded));
        })
      : Promise.resolve();
    stops.unshift(() => demoReady);
    return { url, databaseUrl: database.url, demoReady, demoState: () => demo, stop: () => runAll(stops, logger) };
  } catch (error) {
    await runAll(stops, logger);
    throw error;
  }
}

/** The number of snapshots stored (0: the database had data already), or undefined when seeding failed (logged). */
async function seedDemoInBackground(
  databaseUrl: string,
  dataDir: string,
  logger: Logger,
  seed: NonNullable<ServeOptions['seedDemo']>,
): Promise<number | undefined> {
  try {
    const dataSource = await openInventoryDatabase(databaseUrl);
    try {
      const seeded = await seed(dataSource, dataDir, logger);
      if (seeded > 0) logger.info({ snapshots: seeded }, 'demo data ready');
      return seeded;
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    logger.error({ err: error }, 'demo data could not be seeded');
    return undefined;
  }
}

/** What a newcomer can try once the demo data is there: an API token and a GraphQL query with curl. */
export function demoReadyText(url: string, seeded: number): string {
  const stored = seeded > 0 ? `${seeded} demo snapshot${seeded === 1 ? '' : 's'} stored` : 'the database already has snapshots';
  const query = JSON.stringify({ query: '{ snapshots { edges { node { id label odooVersion } } } }' });
  return [
    `demo ready: ${stored}. Try, in another terminal:`,
    `  TOKEN=$(npx sightline token create --name try-it --role privacy-officer)`,
    `  curl -s ${url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
    `    -d '${query}'`,
    '',
  ].join('\n');
}

function announceToStdout(text: string): void {
  process.stdout.write(text);
}

function withOverrides(config: PlatformConfig, options: ServeOptions): PlatformConfig {
  return { ...config, port: options.port ?? config.port, host: options.host ?? config.host };
}

function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

function displayHost(host: string): string {
  return host === '0.0.0.0' || host === '127.0.0.1' || host === '::' ? 'localhost' : host;
}

async function runAll(stops: Array<() => Promise<void>>, logger: Logger): Promise<void> {
  for (const stop of stops) {
    await stop().catch((error) => logger.error({ err: error }, 'shutdown step failed'));
  }
}
