import 'reflect-metadata';
import { ConfigError, loadPlatformConfig } from '@sightline/platform-config';
import { DatabaseError } from '@sightline/platform-db';
import { createLogger } from '@sightline/platform-http';
import { serveExposureSubgraph } from './serve-exposure-subgraph';

/** Entry point of the exposure container: needs DATABASE_URL (the inventory's database) and the gateway's SIGHTLINE_SECRET_KEY; listens on SIGHTLINE_PORT. */
async function main(): Promise<void> {
  const config = loadPlatformConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL', 'required when the exposure subgraph runs on its own');
  const logger = createLogger(config.logLevel, 'sightline-exposure');
  // The gateway signs each request's principal with a key derived from the shared secret key.
  if (!config.secretKey) throw new ConfigError('SIGHTLINE_SECRET_KEY', 'required when the exposure subgraph runs on its own (the same key as the gateway)');
  const running = await serveExposureSubgraph(config.databaseUrl, config.port, config.host, logger, Buffer.from(config.secretKey, 'base64'));
  logger.info({ port: config.port }, 'exposure subgraph is serving');
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  const known = error instanceof ConfigError || error instanceof DatabaseError;
  process.stderr.write(`sightline-exposure: ${known ? error.message : (error as Error).stack}\n`);
  process.exit(known ? 78 : 1);
});
