import { Can } from '@sightline/platform-graphql';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotService } from '../snapshots/snapshot.service';
import { InventoryStatusType } from './inventory-status.type';

@Resolver()
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
}
