import { Can } from '@sightline/platform-graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotContentsService } from './snapshot-contents.service';
import { toGroup } from './odoo-records.mapper';
import { OdooGroupType, OdooUserType } from './odoo-records.type';
import { snapshotScope } from './snapshot-scope.util';

@Resolver(() => OdooUserType)
export class OdooUserResolver {
  constructor(
    private readonly contents: SnapshotContentsService,
  ) {}

  @Can('read', 'OdooGroup')
  @FieldResolver(() => [OdooGroupType], { description: 'Groups assigned to the user explicitly.' })
  async groups(@Root() user: OdooUserType, @Ctx() ctx: RequestContext) {
    const scope = snapshotScope(ctx, user.snapshotId);
    return (await this.contents.groupsByXmlid(scope, await this.contents.explicitGroupsOf(scope, user.key))).map(toGroup);
  }

  @Can('read', 'OdooGroup')
  @FieldResolver(() => [OdooGroupType], { description: 'Explicit groups and everything they imply.' })
  async effectiveGroups(@Root() user: OdooUserType, @Ctx() ctx: RequestContext) {
    const scope = snapshotScope(ctx, user.snapshotId);
    const graph = await this.contents.implicationGraph(scope);
    const effective = graph.effectiveGroups(await this.contents.explicitGroupsOf(scope, user.key));
    return (await this.contents.groupsByXmlid(scope, effective)).map(toGroup);
  }
}
