import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { buildFederatedSchema } from '@sightline/platform-graphql';
import { InventoryStatusResolver } from './graphql/inventory-status.resolver';
import { SnapshotResolver } from './graphql/snapshot.resolver';
import { toSnapshotType } from './graphql/snapshot.type';
import { SnapshotService } from './snapshots/snapshot.service';
import { TenantService } from './tenants/tenant.service';

export interface Subgraph {
  name: string;
  schema: GraphQLSchema;
}

export const inventorySubgraphName = 'inventory';

/** The inventory subgraph wired to its database: resolvers get their services by constructor. */
export async function createInventorySubgraph(dataSource: DataSource): Promise<Subgraph> {
  const snapshots = new SnapshotService(dataSource);
  const tenants = new TenantService(dataSource);
  const instances = new Map<unknown, object>([
    [SnapshotResolver, new SnapshotResolver(snapshots, tenants)],
    [InventoryStatusResolver, new InventoryStatusResolver(dataSource, snapshots, tenants)],
  ]);
  const schema = await buildFederatedSchema(
    {
      resolvers: [SnapshotResolver, InventoryStatusResolver],
      container: { get: (type: unknown) => instances.get(type) },
    },
    {
      Snapshot: {
        __resolveReference: async (reference: { id: string }) => {
          const [entity] = await snapshots.findManyByIds([reference.id]);
          return entity ? toSnapshotType(entity) : null;
        },
      },
    },
  );
  return { name: inventorySubgraphName, schema };
}
