import { Can } from '@sightline/platform-graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { FieldExposureConnection } from '../grants/field-exposure.type';
import { FieldExposureListArgs } from '../grants/field-exposure-list.args';
import { pageFieldExposures } from '../grants/page-field-exposures.util';
import type { GroupExposureService } from './group-exposure.service';
import { GroupExposureType } from './group-exposure.type';

@Resolver(() => GroupExposureType)
export class GroupExposureResolver {
  constructor(private readonly groups: GroupExposureService) {}

  @Can('read', 'OdooGroup')
  @Query(() => GroupExposureType, { description: "A group's personal-data exposure, with the implication chain of each grant." })
  groupExposure(@Arg('snapshotId', () => ID) snapshotId: string, @Arg('xmlid') xmlid: string, @Ctx() context: RequestContext) {
    return this.groups.of(context, snapshotId, xmlid);
  }

  @Can('read', 'OdooGroup')
  @FieldResolver(() => FieldExposureConnection, { description: 'Classified fields a member can read or write, by model and field.' })
  fields(@Root() exposure: GroupExposureType, @Args(() => FieldExposureListArgs) args: FieldExposureListArgs) {
    return pageFieldExposures(exposure.exposures, exposure.taxonomy, args);
  }
}
