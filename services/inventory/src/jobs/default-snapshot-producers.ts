import type { OdooVersion } from '@sightline/odoo-model';
import { OdooClient, syncOdooSnapshot } from '@sightline/odoo-rpc';
import type { SourceEntity } from '../entities/source.entity';
import { readAddonsInWorker } from './read-addons-in-worker';
import type { ProducerContext, SnapshotProducers } from './snapshot-producer';

/** The real producers: addon trees through @sightline/odoo-addons, live databases through @sightline/odoo-rpc. */
export function defaultSnapshotProducers(): SnapshotProducers {
  return { addons: readAddonsSource, odoo: syncOdooSource };
}

async function readAddonsSource(source: SourceEntity, context: ProducerContext) {
  context.onProgress({ phase: 'reading addon trees' });
  return readAddonsInWorker({
    addonsPaths: source.addonsPaths,
    install: source.installModules.length > 0 ? source.installModules : undefined,
    odooVersion: (source.odooVersion ?? undefined) as OdooVersion | undefined,
    description: source.addonsPaths.join(', '),
  });
}

/**
 * A live sync. The API does not expose field groups: when the source also names the instance's
 * addon trees they are read for them, otherwise the shipped catalog of standard fields is used.
 */
async function syncOdooSource(source: SourceEntity, context: ProducerContext) {
  if (!context.credential) throw new Error(`source "${source.name}" has no API key: set one with setSourceCredential`);
  const client = new OdooClient({
    url: source.odooUrl!,
    database: source.odooDatabase!,
    login: source.odooLogin!,
    secret: context.credential,
    protocol: source.odooProtocol ?? 'jsonrpc',
    addressPolicy: context.addressPolicy,
  });
  const fieldGroups = source.addonsPaths.length > 0
    ? (await readAddonsInWorker({ addonsPaths: source.addonsPaths, mode: 'lenient' })).fields
    : undefined;
  return syncOdooSnapshot({
    client,
    fieldGroups,
    onProgress: (p) => context.onProgress({ phase: `reading ${p.model}`, done: p.read, total: p.total }),
  });
}
