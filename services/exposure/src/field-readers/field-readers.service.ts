import { findFieldReaders } from '@sightline/access-engine';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotAnalysisService } from '../engines/snapshot-analysis.service';
import { exposureMatrixOf } from '../engines/exposure-matrix.util';
import { assertModel } from '../engines/snapshot-lookups.util';
import { toClassifiedFieldInfo } from '../grants/field-grant.mapper';
import type { FieldReadersArgs } from './field-readers.args';
import type { FieldReadersType } from './field-readers.type';

export class FieldReadersService {
  constructor(private readonly analyses: SnapshotAnalysisService) {}

  async of(context: RequestContext, args: FieldReadersArgs): Promise<FieldReadersType> {
    const analysis = await this.analyses.analysisOf(context, args.snapshotId);
    assertModel(analysis, args.model, 'model');
    const readers = findFieldReaders(analysis.engine, args.model, args.field, args.access);
    const classified = analysis.engine.classifiedFields.some((f) => f.key === readers.field.key);
    return {
      ...toClassifiedFieldInfo(readers.field, analysis.catalog.taxonomy),
      classified,
      access: args.access,
      userCount: readers.userCount,
      snapshotId: args.snapshotId,
      readers,
      profiles: new Map(exposureMatrixOf(analysis.engine).profiles.map((p) => [p.profile.id, p.profile])),
      usersByKey: analysis.usersByKey,
    };
  }
}
