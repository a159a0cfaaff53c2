import { Can } from '@sightline/platform-graphql';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotService } from '../snapshots/snapshot.service';
import { InventoryStatusType } from './inventory-status.type';

@Resolver(() => InventoryStatusType)
export class InventoryStatusResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: SnapshotService,
  ) {}

  @Can('read', 'Dashboard')
  @Query(() => InventoryStatusType, { description: 'Which database the inventory service uses and what it holds.' })
  async inventoryStatus(@Ctx() context: RequestContext): Promise<InventoryStatusType> {
    const [server] = await this.dataSource.query(
      `select current_database() as "databaseName", current_setting('server_version') as "serverVersion"`,
    );
    const migrations = await this.dataSource.query(`select name from inventory.migrations order by id`);
    const snapshotCount = await this.snapshots.count(context.tenantId);
    return { ...server, migrations: migrations.map((m: { name: string }) => m.name), snapshotCount };
  }

  // The database's name and version help an attacker more than a viewer: administrators (and the
  // roles that read everything) only; null with the error for the others.
  @Can('read', 'Settings')
  @FieldResolver(() => String, { nullable: true, description: 'Name of the PostgreSQL database the service is connected to (administrators).' })
  databaseName(@Root() status: InventoryStatusType): string {
    return status.databaseName;
  }

  @Can('read', 'Settings')
  @FieldResolver(() => String, { nullable: true, description: 'PostgreSQL server version (administrators).' })
  serverVersion(@Root() status: InventoryStatusType): string {
    return status.serverVersion;
  }
}
