import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { authorizedReference, buildFederatedSchema } from '@sightline/platform-graphql';
import { snapshotScope } from './snapshot-contents/snapshot-scope.util';
import { InventoryStatusResolver } from './graphql/inventory-status.resolver';
import { SnapshotResolver } from './graphql/snapshot.resolver';
import { toSnapshotType } from './graphql/snapshot.type';
import { SnapshotService } from './snapshots/snapshot.service';
import { StoreSnapshotUseCase } from './snapshots/store-snapshot.use-case';
import { SnapshotImportResolver } from './graphql/snapshot-import.resolver';
import { SnapshotContentsService } from './snapshot-contents/snapshot-contents.service';
import { SnapshotContentsResolver } from './snapshot-contents/snapshot-contents.resolver';
import { OdooGroupResolver } from './snapshot-contents/odoo-group.resolver';
import { OdooUserResolver } from './snapshot-contents/odoo-user.resolver';
import { splitEntityId, toGroup, toUser } from './snapshot-contents/odoo-records.mapper';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SecretBox } from '@sightline/platform-secrets';
import { OdooAddressPolicy } from '@sightline/odoo-rpc';
import { JobRunner } from './jobs/job-runner';
import type { JobAudit } from './jobs/job-runner';
import type { SnapshotProducers } from './jobs/snapshot-producer';
import { SourceService } from './sources/source.service';
import { SourceResolver } from './sources/source.resolver';

export interface Subgraph {
  name: string;
  schema: GraphQLSchema;
}

export interface InventorySubgraph extends Subgraph {
  /** Runs syncs and imports in this process; await `whenIdle()` before closing the database. */
  jobs: JobRunner;
}

export interface InventoryOptions {
  /** Seals and opens the sources' credentials. */
  secrets: SecretBox;
  /** How each kind of source becomes a snapshot. */
  producers: SnapshotProducers;
  /** Records syncs, imports and each use of a stored Odoo credential (the platform's audit log). */
  audit?: JobAudit;
  /**
   * Hosts, addresses and CIDRs live Odoo sources may point at although they are loopback, private,
   * link-local or metadata addresses (SIGHTLINE_ODOO_ALLOWED_HOSTS); refused otherwise.
   */
  odooAllowedHosts?: readonly string[];
}

export const inventorySubgraphName = 'inventory';

/** The inventory subgraph wired to its database: resolvers get their services by constructor. */
export async function createInventorySubgraph(dataSource: DataSource, options: InventoryOptions): Promise<InventorySubgraph> {
  const snapshots = new SnapshotService(dataSource);
  const store = new StoreSnapshotUseCase(dataSource);
  const addressPolicy = new OdooAddressPolicy(options.odooAllowedHosts ?? []);
  const audit: JobAudit = options.audit ?? (async () => undefined);
  const jobs = new JobRunner(dataSource, store, options.producers, options.secrets, audit, addressPolicy);
  const sources = new SourceService(dataSource, options.secrets, addressPolicy);
  const contents = new SnapshotContentsService(dataSource);
  const instances = new Map<unknown, object>([
    [SnapshotResolver, new SnapshotResolver(snapshots)],
    [InventoryStatusResolver, new InventoryStatusResolver(dataSource, snapshots)],
    [SnapshotImportResolver, new SnapshotImportResolver(snapshots, store, audit)],
    [SourceResolver, new SourceResolver(dataSource, sources, jobs, audit)],
    [SnapshotContentsResolver, new SnapshotContentsResolver(contents, audit)],
    [OdooGroupResolver, new OdooGroupResolver(contents)],
    [OdooUserResolver, new OdooUserResolver(contents)],
  ]);
  const scopeOf = async (id: string, context: RequestContext) => {
    const parts = splitEntityId(id);
    return parts && { scope: snapshotScope(context, parts.snapshotId), key: parts.key };
  };
  const schema = await buildFederatedSchema(
    {
      resolvers: [
        SnapshotResolver,
        InventoryStatusResolver,
        SnapshotImportResolver,
        SnapshotContentsResolver,
        OdooGroupResolver,
        OdooUserResolver,
        SourceResolver,
      ],
      container: { get: (type: unknown) => instances.get(type) },
    },
    {
      Snapshot: {
        __resolveReference: authorizedReference({ action: 'read', subject: 'Snapshot' }, async (reference: { id: string }, context) => {
          const entity = await snapshots.findById(context.tenantId, reference.id);
          return entity ? toSnapshotType(entity) : null;
        }),
      },
      OdooGroup: {
        __resolveReference: authorizedReference({ action: 'read', subject: 'OdooGroup' }, async (reference: { id: string }, context) => {
          const found = await scopeOf(reference.id, context);
          const [row] = found ? await contents.groupsByXmlid(found.scope, [found.key]) : [];
          return row ? toGroup(row) : null;
        }),
      },
      OdooUser: {
        __resolveReference: authorizedReference({ action: 'read', subject: 'OdooUser' }, async (reference: { id: string }, context) => {
          const found = await scopeOf(reference.id, context);
          const [row] = found ? await contents.usersByKey(found.scope, [found.key]) : [];
          return row ? toUser(row) : null;
        }),
      },
    },
  );
  return { name: inventorySubgraphName, schema, jobs };
}
