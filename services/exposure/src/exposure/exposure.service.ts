import { computeRecordScope, computeUserExposure } from '@sightline/access-engine';
import type { ExposureOperation, FieldExposure, RecordCount } from '@sightline/access-engine';
import { toConnection, toOffsetPage } from '@sightline/platform-graphql';
import type { Connection, RequestContext } from '@sightline/platform-graphql';
import type { SnapshotAnalysisService } from '../engines/snapshot-analysis.service';
import type { SnapshotAnalysis } from '../engines/snapshot-analysis.type';
import { assertGroup, userOrThrow } from '../engines/snapshot-lookups.util';
import { fieldPredicate } from '../grants/field-filter.util';
import { toClassifiedFieldInfo, toExplanation, toFieldGrant, toViaPaths } from '../grants/field-grant.mapper';
import { toUserRef } from '../graphql/odoo-entities.mapper';
import { readableUsers, recordAccessRead } from '../graphql/user-access-audit.util';
import type { ExposureArgs } from './exposure.args';
import type { ExposureGrantType } from './exposure-grant.type';
import { pageGrantRows } from './exposure-grants.util';
import type { GrantRow } from './exposure-grants.util';

/** The user × field grants of a snapshot, paged; counts and implication paths only for the page. */
export class ExposureService {
  constructor(private readonly analyses: SnapshotAnalysisService) {}

  async grants(context: RequestContext, args: ExposureArgs): Promise<Connection<ExposureGrantType>> {
    const page = toOffsetPage(args);
    const analysis = await this.analyses.analysisOf(context, args.snapshotId);
    const filter = args.filter ?? { category: 'hr' };
    if (filter.userKey) userOrThrow(analysis, filter.userKey, 'filter.userKey');
    if (filter.groupXmlid) assertGroup(analysis, filter.groupXmlid, 'filter.groupXmlid');
    const fields = fieldPredicate(filter, analysis.catalog.taxonomy, 'filter.category');
    const { rows, total } = pageGrantRows(analysis.engine, { ...filter, fields, readableUser: readableUsers(context) }, page);
    const exposures = new Map<string, Map<string, FieldExposure>>();
    const nodes = rows.map((row) => toGrantNode(analysis, row, exposuresOf(analysis, row.userKey, exposures)));
    for (const row of rows) recordAccessRead(context, analysis.snapshotId, row.userKey);
    return toConnection(nodes, page, total);
  }
}

function exposuresOf(analysis: SnapshotAnalysis, userKey: string, memo: Map<string, Map<string, FieldExposure>>): Map<string, FieldExposure> {
  let byField = memo.get(userKey);
  if (!byField) {
    byField = new Map(computeUserExposure(analysis.engine, userKey).fields.map((f) => [f.field.key, f]));
    memo.set(userKey, byField);
  }
  return byField;
}

function countOf(analysis: SnapshotAnalysis, userKey: string, model: string, operation: ExposureOperation): RecordCount | undefined {
  return computeRecordScope(analysis.engine, userKey, model, operation).count ?? undefined;
}

function toGrantNode(analysis: SnapshotAnalysis, row: GrantRow, exposures: Map<string, FieldExposure>): ExposureGrantType {
  const user = analysis.usersByKey.get(row.userKey);
  const grant = toFieldGrant(row.grant, countOf(analysis, row.userKey, row.field.model, row.grant.operation));
  return {
    user: toUserRef(analysis.snapshotId, row.userKey),
    userKey: row.userKey,
    login: user?.login ?? null,
    name: user?.name ?? null,
    ...toClassifiedFieldInfo(row.field, analysis.catalog.taxonomy),
    access: grant.access,
    scope: grant.scope,
    count: grant.count,
    via: toViaPaths(exposures.get(row.field.key)?.via ?? {}),
    explanation: toExplanation(row.grant.explanation),
  };
}
