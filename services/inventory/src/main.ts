import 'reflect-metadata';
import { ConfigError, loadPlatformConfig } from '@sightline/platform-config';
import { DatabaseError } from '@sightline/platform-db';
import { createLogger } from '@sightline/platform-http';
import { join, resolve } from 'node:path';
import { loadSecretKey, SecretBox } from '@sightline/platform-secrets';
import { defaultSnapshotProducers } from './jobs/default-snapshot-producers';
import { serveInventorySubgraph } from './serve-inventory-subgraph';

/** Entry point of the inventory container: needs DATABASE_URL; listens on SIGHTLINE_PORT. */
async function main(): Promise<void> {
  const config = loadPlatformConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL', 'required when the inventory subgraph runs on its own');
  const logger = createLogger(config.logLevel, 'sightline-inventory');
  const secretKey = await loadSecretKey(config.secretKey, join(resolve(config.dataDir), 'secret.key'));
  const secrets = SecretBox.fromKey(secretKey);
  const running = await serveInventorySubgraph(config.databaseUrl, config.port, config.host, logger, secretKey, {
    secrets,
    producers: defaultSnapshotProducers(),
    odooAllowedHosts: config.odooAllowedHosts,
  });
  logger.info({ port: config.port }, 'inventory subgraph is serving');
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  const known = error instanceof ConfigError || error instanceof DatabaseError;
  process.stderr.write(`sightline-inventory: ${known ? error.message : (error as Error).stack}\n`);
  process.exit(known ? 78 : 1);
});
