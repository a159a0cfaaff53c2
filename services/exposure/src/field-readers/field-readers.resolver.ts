import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { compareStrings } from '@sightline/odoo-model';
import { Can, PageArgs } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { toFieldGrant } from '../grants/field-grant.mapper';
import { toGroupRef, toUserRef } from '../graphql/odoo-entities.mapper';
import { pageList } from '../graphql/page-list.util';
import { readableUsers, recordAccessRead } from '../graphql/user-access-audit.util';
import { FieldReadersArgs } from './field-readers.args';
import type { FieldReadersService } from './field-readers.service';
import { FieldReaderConnection, FieldReadersType, GroupReadersConnection, ProfileReadersConnection } from './field-readers.type';

@Resolver(() => FieldReadersType)
export class FieldReadersResolver {
  constructor(private readonly readersService: FieldReadersService) {}

  @Can('read', 'Exposure')
  @Query(() => FieldReadersType, { description: 'Who can read (or write) a field, with counts per group and per access profile.' })
  fieldReaders(@Args(() => FieldReadersArgs) args: FieldReadersArgs, @Ctx() context: RequestContext) {
    return this.readersService.of(context, args);
  }

  @Can('read', 'Exposure')
  @FieldResolver(() => FieldReaderConnection, { description: 'Every reader, by user key.' })
  users(@Root() root: FieldReadersType, @Args(() => PageArgs) args: PageArgs, @Ctx() context: RequestContext) {
    const readable = readableUsers(context);
    const users = root.readers.users.filter((user) => readable(user.userKey)).sort((a, b) => compareStrings(a.userKey, b.userKey));
    const page = pageList(users, args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => {
        const user = root.usersByKey.get(node.userKey);
        recordAccessRead(context, root.snapshotId, node.userKey);
        return {
          cursor,
          node: { user: toUserRef(root.snapshotId, node.userKey), userKey: node.userKey, login: user?.login ?? null, name: user?.name ?? null, profileId: node.profileId, scope: node.scope },
        };
      }),
    };
  }

  @Can('read', 'Exposure')
  @FieldResolver(() => ProfileReadersConnection, { description: 'Readers per access profile, by profile id.' })
  byProfile(@Root() root: FieldReadersType, @Args(() => PageArgs) args: PageArgs) {
    const profiles = [...root.readers.byProfile].sort((a, b) => a.profileId - b.profileId);
    const page = pageList(profiles, args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: { profileId: node.profileId, userCount: node.userCount, groupXmlids: [...(root.profiles.get(node.profileId)?.groupXmlids ?? [])], grant: toFieldGrant(node.grant) },
      })),
    };
  }

  @Can('read', 'Exposure')
  @FieldResolver(() => GroupReadersConnection, { description: 'Readers per group taking part in their grant, most readers first.' })
  byGroup(@Root() root: FieldReadersType, @Args(() => PageArgs) args: PageArgs) {
    const page = pageList(root.readers.byGroup, args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: { group: toGroupRef(root.snapshotId, node.groupXmlid), groupXmlid: node.groupXmlid, userCount: node.userCount } })),
    };
  }
}
