import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs, toConnection, toOffsetPage } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotService } from '../snapshots/snapshot.service';
import type { TenantService } from '../tenants/tenant.service';
import { SnapshotConnection, SnapshotType, toSnapshotType } from './snapshot.type';

@Resolver(() => SnapshotType)
export class SnapshotResolver {
  constructor(
    private readonly snapshotService: SnapshotService,
    private readonly tenants: TenantService,
  ) {}

  @Query(() => SnapshotConnection, { description: "The tenant's snapshots, newest first." })
  async snapshots(@Args(() => PageArgs) args: PageArgs, @Ctx() context: RequestContext): Promise<SnapshotConnection> {
    const page = toOffsetPage(args);
    const tenantId = await this.tenants.idOf(context.tenantSlug);
    const [rows, total] = await this.snapshotService.list(tenantId, page);
    return toConnection(rows.map(toSnapshotType), page, total);
  }

  @Query(() => SnapshotType, { nullable: true })
  async snapshot(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<SnapshotType | null> {
    const entity = await this.snapshotService.findById(await this.tenants.idOf(context.tenantSlug), id);
    return entity && toSnapshotType(entity);
  }
}
