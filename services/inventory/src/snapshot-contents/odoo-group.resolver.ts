import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Can, toConnection, toOffsetPage } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { MemberListArgs } from './snapshot-contents.args';
import type { SnapshotContentsService, SnapshotScope } from './snapshot-contents.service';
import { toGroup, toUser } from './odoo-records.mapper';
import { OdooGroupType, OdooUserConnection } from './odoo-records.type';
import { snapshotScope } from './snapshot-scope.util';

/** A group's place in the implication graph and its members. */
@Resolver(() => OdooGroupType)
export class OdooGroupResolver {
  constructor(
    private readonly contents: SnapshotContentsService,
  ) {}

  private async scope(group: OdooGroupType, context: RequestContext): Promise<SnapshotScope> {
    return snapshotScope(context, group.snapshotId);
  }

  private async groupsOf(scope: SnapshotScope, xmlids: readonly string[]): Promise<OdooGroupType[]> {
    const rows = await this.contents.groupsByXmlid(scope, xmlids);
    return rows.map(toGroup);
  }

  @Can('read', 'OdooGroup')
  @FieldResolver(() => [OdooGroupType], { description: 'Groups this one implies directly (`implied_ids`).' })
  async implied(@Root() group: OdooGroupType, @Ctx() ctx: RequestContext) {
    const scope = await this.scope(group, ctx);
    return this.groupsOf(scope, (await this.contents.implicationGraph(scope)).impliedBy(group.xmlid));
  }

  @Can('read', 'OdooGroup')
  @FieldResolver(() => [OdooGroupType], { description: 'Every group its members get through implications, transitively.' })
  async impliedClosure(@Root() group: OdooGroupType, @Ctx() ctx: RequestContext) {
    const scope = await this.scope(group, ctx);
    return this.groupsOf(scope, (await this.contents.implicationGraph(scope)).closureOf(group.xmlid));
  }

  @Can('read', 'OdooGroup')
  @FieldResolver(() => [OdooGroupType], { description: 'Groups that imply this one directly.' })
  async implying(@Root() group: OdooGroupType, @Ctx() ctx: RequestContext) {
    const scope = await this.scope(group, ctx);
    return this.groupsOf(scope, (await this.contents.implicationGraph(scope)).implying(group.xmlid));
  }

  @Can('read', 'OdooUser')
  @FieldResolver(() => OdooUserConnection, { nullable: true, description: 'Users holding the group (null, with the error, for a role that may not read Odoo users).' })
  async members(@Root() group: OdooGroupType, @Args(() => MemberListArgs) args: MemberListArgs, @Ctx() ctx: RequestContext) {
    const page = toOffsetPage(args);
    const [rows, total] = await this.contents.membersOf(await this.scope(group, ctx), group.xmlid, args.includeImplied, page);
    return toConnection(rows.map(toUser), page, total);
  }
}
