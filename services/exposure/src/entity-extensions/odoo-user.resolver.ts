import { Can } from '@sightline/platform-graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { FieldExposureConnection } from '../grants/field-exposure.type';
import { FieldExposureListArgs } from '../grants/field-exposure-list.args';
import { pageFieldExposures } from '../grants/page-field-exposures.util';
import { OdooUserRef } from '../graphql/odoo-entities.type';
import type { UserAccessService } from '../user-access/user-access.service';

@Resolver(() => OdooUserRef)
export class OdooUserExposureResolver {
  constructor(private readonly userAccess: UserAccessService) {}

  @Can('read', 'Exposure')
  @FieldResolver(() => FieldExposureConnection, { nullable: true, description: 'Classified personal-data fields the user can read or write, and why (null, with the error, for a role that may not read exposures).' })
  async personalDataAccess(@Root() user: OdooUserRef, @Args(() => FieldExposureListArgs) args: FieldExposureListArgs, @Ctx() context: RequestContext) {
    const { exposures, taxonomy } = await this.userAccess.all(context, user.snapshotId, user.key);
    return pageFieldExposures(exposures, taxonomy, args);
  }
}
