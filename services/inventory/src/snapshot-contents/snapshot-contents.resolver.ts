import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { auditActorOf, auditOriginOf, Can, PageArgs, toConnection, toOffsetPage } from '@sightline/platform-graphql';
import type { JobAudit } from '../jobs/job-runner';
import type { RequestContext } from '@sightline/platform-graphql';
import { SnapshotType } from '../graphql/snapshot.type';
import { AccessListArgs, FieldListArgs, GroupListArgs, ModelListArgs, UserListArgs } from './snapshot-contents.args';
import type { SnapshotContentsService, SnapshotScope } from './snapshot-contents.service';
import { toAcl, toField, toGroup, toModel, toModule, toRule, toUser } from './odoo-records.mapper';
import {
  OdooAclConnection, OdooFieldConnection, OdooGroupConnection, OdooGroupType, OdooModelConnection, OdooModuleConnection,
  OdooRuleConnection, OdooUserConnection, OdooUserType,
} from './odoo-records.type';
import { snapshotScope } from './snapshot-scope.util';

/** The collections of a snapshot, each a Relay connection paged and filtered in SQL. */
@Resolver(() => SnapshotType)
export class SnapshotContentsResolver {
  constructor(
    private readonly contents: SnapshotContentsService,
    private readonly audit: JobAudit,
  ) {}

  private async scope(snapshot: SnapshotType, context: RequestContext): Promise<SnapshotScope> {
    return snapshotScope(context, snapshot.id);
  }

  @Can('read', 'Snapshot')
  @FieldResolver(() => OdooModuleConnection, { description: 'Installed modules in load order.' })
  async modules(@Root() snapshot: SnapshotType, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    const page = toOffsetPage(args);
    const [rows, total] = await this.contents.modules(await this.scope(snapshot, ctx), page);
    return toConnection(rows.map(toModule), page, total);
  }

  // Nullable, like every field needing more than its parent: a role refused it gets null and the
  // error on this field, and the rest of the snapshot (label, counts, models…) still.
  @Can('read', 'OdooGroup')
  @FieldResolver(() => OdooGroupConnection, { nullable: true })
  async groups(@Root() snapshot: SnapshotType, @Args(() => GroupListArgs) args: GroupListArgs, @Ctx() ctx: RequestContext) {
    const page = toOffsetPage(args);
    const [rows, total] = await this.contents.groups(await this.scope(snapshot, ctx), args, page);
    return toConnection(rows.map(toGroup), page, total);
  }

  @Can('read', 'OdooGroup')
  @FieldResolver(() => OdooGroupType, { nullable: true })
  async group(@Root() snapshot: SnapshotType, @Arg('xmlid') xmlid: string, @Ctx() ctx: RequestContext) {
    const [row] = await this.contents.groupsByXmlid(await this.scope(snapshot, ctx), [xmlid]);
    return row ? toGroup(row) : null;
  }

  @Can('read', 'OdooUser')
  @FieldResolver(() => OdooUserConnection, { nullable: true })
  async users(@Root() snapshot: SnapshotType, @Args(() => UserListArgs) args: UserListArgs, @Ctx() ctx: RequestContext) {
    const page = toOffsetPage(args);
    const scope = await this.scope(snapshot, ctx);
    const [rows, total] = await this.contents.users(scope, args, page);
    const users = rows.map(toUser);
    // A search over logins or names reads them, whatever the answer shows (a prefix search tells a
    // login a character at a time): recorded with the search text, matched or not.
    const searched = args.search ? (scope.personalColumns ?? []).map((c) => c.column) : [];
    if (searched.length > 0) {
      await this.audit({
        tenantId: ctx.tenantId, actor: auditActorOf(ctx.principal), action: 'personal-data.read', objectType: 'OdooUser',
        objectIds: users.map((u) => u.id), origin: auditOriginOf(ctx), outcome: 'success',
        details: { field: 'Snapshot.users', search: args.search, fields: searched, matched: total, snapshotId: snapshot.id },
      });
    }
    return toConnection(users, page, total);
  }

  @Can('read', 'OdooUser')
  @FieldResolver(() => OdooUserType, { nullable: true })
  async user(@Root() snapshot: SnapshotType, @Arg('key') key: string, @Ctx() ctx: RequestContext) {
    const [row] = await this.contents.usersByKey(await this.scope(snapshot, ctx), [key]);
    return row ? toUser(row) : null;
  }

  @Can('read', 'Snapshot')
  @FieldResolver(() => OdooModelConnection)
  async models(@Root() snapshot: SnapshotType, @Args(() => ModelListArgs) args: ModelListArgs, @Ctx() ctx: RequestContext) {
    const page = toOffsetPage(args);
    const [rows, total] = await this.contents.models(await this.scope(snapshot, ctx), args.search, page);
    return toConnection(rows.map(toModel), page, total);
  }

  @Can('read', 'Snapshot')
  @FieldResolver(() => OdooFieldConnection)
  async fields(@Root() snapshot: SnapshotType, @Args(() => FieldListArgs) args: FieldListArgs, @Ctx() ctx: RequestContext) {
    const page = toOffsetPage(args);
    const [rows, total] = await this.contents.fields(await this.scope(snapshot, ctx), args, page);
    return toConnection(rows.map(toField), page, total);
  }

  @Can('read', 'Snapshot')
  @FieldResolver(() => OdooAclConnection)
  async acls(@Root() snapshot: SnapshotType, @Args(() => AccessListArgs) args: AccessListArgs, @Ctx() ctx: RequestContext) {
    const page = toOffsetPage(args);
    const [rows, total] = await this.contents.acls(await this.scope(snapshot, ctx), args, page);
    return toConnection(rows.map(toAcl), page, total);
  }

  @Can('read', 'Snapshot')
  @FieldResolver(() => OdooRuleConnection)
  async rules(@Root() snapshot: SnapshotType, @Args(() => AccessListArgs) args: AccessListArgs, @Ctx() ctx: RequestContext) {
    const page = toOffsetPage(args);
    const [rows, total] = await this.contents.rules(await this.scope(snapshot, ctx), args, page);
    return toConnection(rows.map(toRule), page, total);
  }
}
