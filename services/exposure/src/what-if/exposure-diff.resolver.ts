import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Can, PageArgs } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { pageList } from '../graphql/page-list.util';
import { ExposureChangeConnection, ExposureDiffType } from './exposure-change.type';
import type { ExposureDiffService } from './exposure-diff.service';
import { WhatIfChangeInput } from './what-if-change.input';

const categoryOptions = { defaultValue: 'all', description: '`all`, `hr` or a data category key: which fields the diff covers.' };

@Resolver(() => ExposureDiffType)
export class ExposureDiffResolver {
  constructor(private readonly diffs: ExposureDiffService) {}

  @Can('read', 'Exposure')
  @Query(() => ExposureDiffType, { description: 'The exposure that proposed membership or implication changes would add and remove.' })
  whatIf(
    @Arg('snapshotId', () => ID) snapshotId: string,
    @Arg('changes', () => [WhatIfChangeInput]) changes: WhatIfChangeInput[],
    @Arg('category', () => String, categoryOptions) category: string,
    @Ctx() context: RequestContext,
  ) {
    return this.diffs.whatIf(context, snapshotId, changes, category);
  }

  @Can('read', 'Exposure')
  @Query(() => ExposureDiffType, { description: 'Exposure added, removed and changed from one snapshot to another.' })
  exposureDiff(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('category', () => String, categoryOptions) category: string,
    @Ctx() context: RequestContext,
  ) {
    return this.diffs.between(context, from, to, category);
  }

  @Can('read', 'Exposure')
  @FieldResolver(() => ExposureChangeConnection, { description: 'New grants, by model, field and operation.' })
  added(@Root() diff: ExposureDiffType, @Args(() => PageArgs) args: PageArgs) {
    return pageList(diff.added, args);
  }

  @Can('read', 'Exposure')
  @FieldResolver(() => ExposureChangeConnection, { description: 'Grants that are gone.' })
  removed(@Root() diff: ExposureDiffType, @Args(() => PageArgs) args: PageArgs) {
    return pageList(diff.removed, args);
  }

  @Can('read', 'Exposure')
  @FieldResolver(() => ExposureChangeConnection, { description: 'Grants that reach other records.' })
  changed(@Root() diff: ExposureDiffType, @Args(() => PageArgs) args: PageArgs) {
    return pageList(diff.changed, args);
  }
}
