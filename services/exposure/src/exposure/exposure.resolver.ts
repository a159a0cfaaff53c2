import { Can } from '@sightline/platform-graphql';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { ExposureArgs } from './exposure.args';
import { ExposureGrantConnection } from './exposure-grant.type';
import type { ExposureService } from './exposure.service';

@Resolver()
export class ExposureResolver {
  constructor(private readonly exposureService: ExposureService) {}

  @Can('read', 'Exposure')
  @Query(() => ExposureGrantConnection, {
    description: 'Who can read or write which classified personal data: one edge per user × field × operation, by user key, model and field.',
  })
  exposure(@Args(() => ExposureArgs) args: ExposureArgs, @Ctx() context: RequestContext) {
    return this.exposureService.grants(context, args);
  }
}
