import { computeUserExposure } from '@sightline/access-engine';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotAnalysisService } from '../engines/snapshot-analysis.service';
import { userOrThrow } from '../engines/snapshot-lookups.util';
import { toUserRef } from '../graphql/odoo-entities.mapper';
import { readUserAccess } from '../graphql/user-access-audit.util';
import type { UserAccessType } from './user-access.type';

export class UserAccessService {
  constructor(private readonly analyses: SnapshotAnalysisService) {}

  /** The readable fields of the user (`listReadableFields`), with record counts. */
  async readable(context: RequestContext, snapshotId: string, userKey: string, argument = 'userKey'): Promise<UserAccessType> {
    const analysis = await this.analyses.analysisOf(context, snapshotId);
    const user = userOrThrow(analysis, userKey, argument);
    readUserAccess(context, snapshotId, userKey, argument);
    const exposure = computeUserExposure(analysis.engine, userKey, { counts: true });
    return {
      user: toUserRef(snapshotId, userKey),
      userKey,
      login: user.login,
      name: user.name,
      superuser: exposure.superuser,
      active: user.active,
      exposures: exposure.fields.filter((f) => f.read !== null),
      taxonomy: analysis.catalog.taxonomy,
    };
  }

  /** Every field the user can read or write, with record counts. */
  async all(context: RequestContext, snapshotId: string, userKey: string, argument = 'id') {
    const analysis = await this.analyses.analysisOf(context, snapshotId);
    userOrThrow(analysis, userKey, argument);
    readUserAccess(context, snapshotId, userKey, argument);
    return { exposures: computeUserExposure(analysis.engine, userKey, { counts: true }).fields, taxonomy: analysis.catalog.taxonomy };
  }
}
