import { computeCoverageReport, isSpecialCategoryData } from '@sightline/privacy-catalog';
import type { RequestContext } from '@sightline/platform-graphql';
import { UserInputError } from '@sightline/platform-graphql';
import type { SnapshotAnalysisService } from '../engines/snapshot-analysis.service';
import { fieldPredicate } from '../grants/field-filter.util';
import { toClassifiedFieldInfo } from '../grants/field-grant.mapper';
import type { ClassificationCoverageType } from './classification-coverage.type';
import type { FieldClassificationType } from './field-classification.type';

/** The classification a snapshot is analysed with: its version's catalog plus the tenant's overrides. */
export class ClassificationService {
  constructor(private readonly analyses: SnapshotAnalysisService) {}

  async fields(context: RequestContext, snapshotId: string, filter: { category: string; model?: string | null }): Promise<FieldClassificationType[]> {
    const { catalog } = await this.analyses.analysisOf(context, snapshotId);
    const matches = fieldPredicate(filter, catalog.taxonomy);
    return catalog.entries.flatMap((entry) => {
      if (!entry.personal) return [];
      const field = { model: entry.model, field: entry.field, key: `${entry.model}/${entry.field}`, categories: entry.categories, subjects: entry.subjects };
      if (!matches(field)) return [];
      return [{ ...toClassifiedFieldInfo(field, catalog.taxonomy), specialCategory: isSpecialCategoryData(entry, catalog.taxonomy), source: entry.source }];
    });
  }

  async coverage(context: RequestContext, snapshotId: string, minScore: number): Promise<ClassificationCoverageType> {
    if (!(minScore >= 0 && minScore <= 1)) throw new UserInputError('minScore', 'must be between 0 and 1');
    const { snapshot, catalog } = await this.analyses.analysisOf(context, snapshotId);
    const report = computeCoverageReport(snapshot, catalog, { minScore });
    return {
      fieldsChecked: report.fieldsChecked,
      classifiedPersonal: report.classifiedPersonal,
      decidedNotPersonal: report.decidedNotPersonal,
      undecided: report.undecided,
      findings: report.findings,
    };
  }
}
