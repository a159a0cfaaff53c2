import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Can, PageArgs, toConnection, toOffsetPage } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { accessibleWhere } from '@sightline/platform-auth';
import type { SnapshotService } from '../snapshots/snapshot.service';
import { SnapshotConnection, SnapshotType, toSnapshotType } from './snapshot.type';

@Resolver(() => SnapshotType)
export class SnapshotResolver {
  constructor(
    private readonly snapshotService: SnapshotService,
  ) {}

  @Can('read', 'Snapshot')
  @Query(() => SnapshotConnection, { description: "The tenant's snapshots, newest first." })
  async snapshots(@Args(() => PageArgs) args: PageArgs, @Ctx() context: RequestContext): Promise<SnapshotConnection> {
    const page = toOffsetPage(args);
    // Filtered in SQL by what the ability allows (the tenant today; assignments when reviews come).
    const where = accessibleWhere(context.ability, 'read', 'Snapshot', { tenantId: 's.tenant_id' });
    const [rows, total] = where ? await this.snapshotService.list(context.tenantId, where, page) : [[], 0];
    return toConnection(rows.map(toSnapshotType), page, total);
  }

  @Can('read', 'Snapshot')
  @Query(() => SnapshotType, { nullable: true })
  async snapshot(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<SnapshotType | null> {
    const entity = await this.snapshotService.findById(context.tenantId, id);
    return entity && toSnapshotType(entity);
  }
}
