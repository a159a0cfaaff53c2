import { computeWhatIf, diffExposure } from '@sightline/access-engine';
import type { ExposureDiff } from '@sightline/access-engine';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotAnalysisService } from '../engines/snapshot-analysis.service';
import type { SnapshotAnalysis } from '../engines/snapshot-analysis.type';
import { fieldPredicate } from '../grants/field-filter.util';
import type { ChangeUser, ExposureDiffType } from './exposure-change.type';
import { toExposureDiff } from './exposure-diff.mapper';
import { toSnapshotChanges } from './to-snapshot-changes.util';
import { assertCanReadSubject } from '@sightline/platform-graphql';
import { recordAccessRead } from '../graphql/user-access-audit.util';
import type { WhatIfChangeFields } from './to-snapshot-changes.util';

export class ExposureDiffService {
  constructor(private readonly analyses: SnapshotAnalysisService) {}

  /** What the proposed changes would add and remove; the stored snapshot is left as it is. */
  async whatIf(context: RequestContext, snapshotId: string, changes: readonly WhatIfChangeFields[], category: string): Promise<ExposureDiffType> {
    // A change of one user's memberships tells what that user reads (and which groups they hold):
    // each named user passes the subject check userAccess does, before anything about them is
    // looked up, so a refusal says nothing about whether the user exists.
    changes.forEach((change, index) => {
      if (change.userKey) assertCanReadSubject(context, 'Exposure', `whatIf.changes[${index}].userKey`);
    });
    const analysis = await this.analyses.analysisOf(context, snapshotId);
    const groups = new Set(analysis.snapshot.groups.map((g) => g.xmlid));
    const snapshotChanges = toSnapshotChanges(changes, { hasUser: (key) => analysis.usersByKey.has(key), hasGroup: (xmlid) => groups.has(xmlid) });
    for (const change of snapshotChanges) if ('userKey' in change) recordAccessRead(context, snapshotId, change.userKey);
    const result = computeWhatIf(analysis.engine, snapshotChanges);
    return this.toType(result, analysis, [analysis], category);
  }

  /** Exposure added and removed from one stored snapshot to another of the same tenant. */
  async between(context: RequestContext, from: string, to: string, category: string): Promise<ExposureDiffType> {
    const before = await this.analyses.analysisOf(context, from, 'from');
    const after = await this.analyses.analysisOf(context, to, 'to');
    return this.toType(diffExposure(before.engine, after.engine), after, [after, before], category);
  }

  private toType(diff: ExposureDiff, reference: SnapshotAnalysis, lookIn: SnapshotAnalysis[], category: string): ExposureDiffType {
    const matches = fieldPredicate({ category }, reference.catalog.taxonomy);
    const userOf = (key: string): ChangeUser => {
      const found = lookIn.find((a) => a.usersByKey.has(key)) ?? reference;
      const user = found.usersByKey.get(key);
      return { snapshotId: found.snapshotId, login: user?.login ?? null, name: user?.name ?? null };
    };
    return toExposureDiff(diff, { taxonomy: reference.catalog.taxonomy, fields: (change) => matches(change.field), userOf });
  }
}
