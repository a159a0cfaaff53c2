import { Can } from '@sightline/platform-graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { FieldExposureConnection } from '../grants/field-exposure.type';
import { FieldExposureListArgs } from '../grants/field-exposure-list.args';
import { pageFieldExposures } from '../grants/page-field-exposures.util';
import type { UserAccessService } from './user-access.service';
import { UserAccessType } from './user-access.type';

@Resolver(() => UserAccessType)
export class UserAccessResolver {
  constructor(private readonly accessService: UserAccessService) {}

  @Can('read', 'Exposure')
  @Query(() => UserAccessType, { description: 'What one user can read: every readable classified field, with the implication path, ACL rows, field groups and rules.' })
  userAccess(@Arg('snapshotId', () => ID) snapshotId: string, @Arg('userKey') userKey: string, @Ctx() context: RequestContext) {
    return this.accessService.readable(context, snapshotId, userKey);
  }

  @Can('read', 'Exposure')
  @FieldResolver(() => FieldExposureConnection, { description: 'Readable classified fields, by model and field.' })
  fields(@Root() access: UserAccessType, @Args(() => FieldExposureListArgs) args: FieldExposureListArgs) {
    return pageFieldExposures(access.exposures, access.taxonomy, args);
  }
}
