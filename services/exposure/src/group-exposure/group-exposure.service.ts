import { computeGroupExposure } from '@sightline/access-engine';
import { compareStrings } from '@sightline/odoo-model';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotAnalysisService } from '../engines/snapshot-analysis.service';
import { assertGroup } from '../engines/snapshot-lookups.util';
import { toGroupRef } from '../graphql/odoo-entities.mapper';
import type { GroupExposureType } from './group-exposure.type';

export class GroupExposureService {
  constructor(private readonly analyses: SnapshotAnalysisService) {}

  async of(context: RequestContext, snapshotId: string, xmlid: string, argument = 'xmlid'): Promise<GroupExposureType> {
    const analysis = await this.analyses.analysisOf(context, snapshotId);
    assertGroup(analysis, xmlid, argument);
    const exposure = computeGroupExposure(analysis.engine, xmlid);
    return {
      group: toGroupRef(snapshotId, xmlid),
      xmlid,
      explicitGroupXmlids: [...exposure.explicitGroupXmlids],
      effectiveGroupXmlids: [...exposure.effectiveGroupXmlids].sort(compareStrings),
      exposures: exposure.fields,
      taxonomy: analysis.catalog.taxonomy,
    };
  }
}
