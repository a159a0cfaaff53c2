import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotDocumentService } from '../snapshots/snapshot-document.service';
import type { ClassificationOverrideService } from '../overrides/classification-override.service';
import { toClassificationOverrides } from '../overrides/classification-overrides.mapper';
import { overridesVersion } from '../overrides/overrides-version.util';
import { analyzeSnapshot } from './analyze-snapshot.util';
import { LruCache } from './lru-cache';
import type { SnapshotAnalysis } from './snapshot-analysis.type';

/**
 * Engines of stored snapshots, built once: snapshots never change, so an engine stays valid for as
 * long as the tenant's overrides are the same. Keyed by (tenant, snapshot, overrides version); the
 * tenant in the key means an engine is only served after that tenant's own read of the snapshot.
 */
export class SnapshotAnalysisService {
  private readonly cache: LruCache<string, Promise<SnapshotAnalysis>>;

  constructor(
    private readonly documents: SnapshotDocumentService,
    private readonly overrides: ClassificationOverrideService,
    cacheSize = 8,
  ) {
    this.cache = new LruCache(cacheSize);
  }

  async analysisOf(context: RequestContext, snapshotId: string, argument = 'snapshotId'): Promise<SnapshotAnalysis> {
    const tenantId = context.tenantId;
    const rows = await this.overrides.list(tenantId);
    const key = `${tenantId}|${snapshotId}|${overridesVersion(rows)}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const building = this.documents
      .read(tenantId, snapshotId, argument)
      .then((stored) => analyzeSnapshot(snapshotId, stored, toClassificationOverrides(rows), argument));
    this.cache.set(key, building);
    building.catch(() => this.cache.delete(key));
    return building;
  }
}
