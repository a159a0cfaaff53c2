import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Can, PageArgs } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { toUserRef } from '../graphql/odoo-entities.mapper';
import { pageList } from '../graphql/page-list.util';
import { readableUsers, recordAccessRead } from '../graphql/user-access-audit.util';
import { ExposureChangeType, ExposureUserConnection } from './exposure-change.type';

@Resolver(() => ExposureChangeType)
export class ExposureChangeResolver {
  @Can('read', 'Exposure')
  @FieldResolver(() => ExposureUserConnection, { description: 'The users the change applies to, by key.' })
  users(@Root() change: ExposureChangeType, @Args(() => PageArgs) args: PageArgs, @Ctx() context: RequestContext) {
    const readable = readableUsers(context);
    const page = pageList(change.userKeys.filter(readable), args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node: userKey }) => {
        const user = change.userOf(userKey);
        recordAccessRead(context, user.snapshotId, userKey);
        return { cursor, node: { user: toUserRef(user.snapshotId, userKey), userKey, login: user.login, name: user.name } };
      }),
    };
  }
}
