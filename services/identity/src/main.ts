import 'reflect-metadata';
import { configuredAuditSigningKey, trustedAuditKeys } from '@sightline/platform-audit';
import { ConfigError, loadPlatformConfig } from '@sightline/platform-config';
import { DatabaseError } from '@sightline/platform-db';
import { createLogger } from '@sightline/platform-http';
import { serveIdentitySubgraph } from './serve-identity-subgraph';

/**
 * Entry point of the identity container: needs DATABASE_URL, the gateway's SIGHTLINE_SECRET_KEY and
 * SIGHTLINE_AUDIT_SIGNING_KEY (its public half verifies the audit log's checkpoints); listens on SIGHTLINE_PORT.
 */
async function main(): Promise<void> {
  const config = loadPlatformConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL', 'required when the identity subgraph runs on its own');
  if (!config.secretKey) throw new ConfigError('SIGHTLINE_SECRET_KEY', 'required when the identity subgraph runs on its own (the same key as the gateway)');
  if (!config.auditSigningKey) throw new ConfigError('SIGHTLINE_AUDIT_SIGNING_KEY', 'required when the identity subgraph runs on its own (the same key as the gateway)');
  const logger = createLogger(config.logLevel, 'sightline-identity');
  const trusted = trustedAuditKeys(await configuredAuditSigningKey(config), config);
  const running = await serveIdentitySubgraph(config.databaseUrl, config.port, config.host, logger, Buffer.from(config.secretKey, 'base64'), trusted);
  logger.info({ port: config.port }, 'identity subgraph is serving');
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  const known = error instanceof ConfigError || error instanceof DatabaseError;
  process.stderr.write(`sightline-identity: ${known ? error.message : (error as Error).stack}\n`);
  process.exit(known ? 78 : 1);
});
