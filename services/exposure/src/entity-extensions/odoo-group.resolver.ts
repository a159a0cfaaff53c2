import { Can } from '@sightline/platform-graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { FieldExposureConnection } from '../grants/field-exposure.type';
import { FieldExposureListArgs } from '../grants/field-exposure-list.args';
import { pageFieldExposures } from '../grants/page-field-exposures.util';
import { OdooGroupRef } from '../graphql/odoo-entities.type';
import type { GroupExposureService } from '../group-exposure/group-exposure.service';

@Resolver(() => OdooGroupRef)
export class OdooGroupExposureResolver {
  constructor(private readonly groups: GroupExposureService) {}

  @Can('read', 'OdooGroup')
  @FieldResolver(() => FieldExposureConnection, { description: 'Classified personal-data fields a member of the group can read or write, and why.' })
  async personalDataExposure(@Root() group: OdooGroupRef, @Args(() => FieldExposureListArgs) args: FieldExposureListArgs, @Ctx() context: RequestContext) {
    const exposure = await this.groups.of(context, group.snapshotId, group.xmlid, 'id');
    return pageFieldExposures(exposure.exposures, exposure.taxonomy, args);
  }
}
