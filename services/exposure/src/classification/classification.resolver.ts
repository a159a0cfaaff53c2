import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { Can, PageArgs } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { FieldExposureListArgs } from '../grants/field-exposure-list.args';
import { pageList } from '../graphql/page-list.util';
import { ClassificationCoverageType, CoverageFindingConnection } from './classification-coverage.type';
import type { ClassificationService } from './classification.service';
import { FieldClassificationConnection } from './field-classification.type';

@Resolver(() => ClassificationCoverageType)
export class ClassificationResolver {
  constructor(private readonly classification: ClassificationService) {}

  @Can('read', 'Policy')
  @Query(() => FieldClassificationConnection, { name: 'classification', description: "The snapshot's personal-data fields, by model and field." })
  async classificationOf(@Arg('snapshotId', () => ID) snapshotId: string, @Args(() => FieldExposureListArgs) args: FieldExposureListArgs, @Ctx() context: RequestContext) {
    return pageList(await this.classification.fields(context, snapshotId, args), args);
  }

  @Can('read', 'Policy')
  @Query(() => ClassificationCoverageType, { description: 'Fields of the snapshot that look personal but nobody decided on.' })
  classificationCoverage(
    @Arg('snapshotId', () => ID) snapshotId: string,
    @Arg('minScore', () => Float, { defaultValue: 0.3, description: 'Report fields scoring at least this (0–1).' }) minScore: number,
    @Ctx() context: RequestContext,
  ) {
    return this.classification.coverage(context, snapshotId, minScore);
  }

  @Can('read', 'Policy')
  @FieldResolver(() => CoverageFindingConnection, { description: 'Highest score first, then by model and field.' })
  findings(@Root() coverage: ClassificationCoverageType, @Args(() => PageArgs) args: PageArgs) {
    const page = pageList(coverage.findings, args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: { ...node, reasons: node.reasons.map((r) => ({ ...r, category: r.category ?? null })), suggestedCategories: [...node.suggestedCategories] },
      })),
    };
  }
}
