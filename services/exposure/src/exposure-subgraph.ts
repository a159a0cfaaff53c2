import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { authorizedReference, buildFederatedSchema } from '@sightline/platform-graphql';
import { ClassificationOverrideResolver } from './classification/classification-override.resolver';
import { ClassificationResolver } from './classification/classification.resolver';
import { ClassificationService } from './classification/classification.service';
import { SnapshotAnalysisService } from './engines/snapshot-analysis.service';
import { OdooGroupExposureResolver } from './entity-extensions/odoo-group.resolver';
import { OdooUserExposureResolver } from './entity-extensions/odoo-user.resolver';
import { ExposureResolver } from './exposure/exposure.resolver';
import { ExposureService } from './exposure/exposure.service';
import { FieldReadersResolver } from './field-readers/field-readers.resolver';
import { FieldReadersService } from './field-readers/field-readers.service';
import { splitEntityId } from './graphql/entity-id.util';
import { toGroupRef, toUserRef } from './graphql/odoo-entities.mapper';
import { GroupExposureResolver } from './group-exposure/group-exposure.resolver';
import { GroupExposureService } from './group-exposure/group-exposure.service';
import { ClassificationOverrideService } from './overrides/classification-override.service';
import { SnapshotDocumentService } from './snapshots/snapshot-document.service';
import { UserAccessResolver } from './user-access/user-access.resolver';
import { UserAccessService } from './user-access/user-access.service';
import { ExposureChangeResolver } from './what-if/exposure-change.resolver';
import { ExposureDiffResolver } from './what-if/exposure-diff.resolver';
import { ExposureDiffService } from './what-if/exposure-diff.service';

export interface ExposureSubgraph {
  name: string;
  schema: GraphQLSchema;
}

export interface ExposureOptions {
  /** How many snapshot engines to keep in memory (least recently used go first; default 8). */
  engineCacheSize?: number;
}

export const exposureSubgraphName = 'exposure';

/** The exposure subgraph wired to its database: resolvers get their services by constructor. */
export async function createExposureSubgraph(dataSource: DataSource, options: ExposureOptions = {}): Promise<ExposureSubgraph> {
  const overrides = new ClassificationOverrideService(dataSource);
  const analyses = new SnapshotAnalysisService(new SnapshotDocumentService(dataSource), overrides, options.engineCacheSize);
  const userAccess = new UserAccessService(analyses);
  const groupExposure = new GroupExposureService(analyses);
  const instances = new Map<unknown, object>([
    [ExposureResolver, new ExposureResolver(new ExposureService(analyses))],
    [UserAccessResolver, new UserAccessResolver(userAccess)],
    [FieldReadersResolver, new FieldReadersResolver(new FieldReadersService(analyses))],
    [GroupExposureResolver, new GroupExposureResolver(groupExposure)],
    [ExposureDiffResolver, new ExposureDiffResolver(new ExposureDiffService(analyses))],
    [ExposureChangeResolver, new ExposureChangeResolver()],
    [ClassificationResolver, new ClassificationResolver(new ClassificationService(analyses))],
    [ClassificationOverrideResolver, new ClassificationOverrideResolver(overrides)],
    [OdooUserExposureResolver, new OdooUserExposureResolver(userAccess)],
    [OdooGroupExposureResolver, new OdooGroupExposureResolver(groupExposure)],
  ]);
  const schema = await buildFederatedSchema(
    {
      resolvers: [
        ExposureResolver,
        UserAccessResolver,
        FieldReadersResolver,
        GroupExposureResolver,
        ExposureDiffResolver,
        ExposureChangeResolver,
        ClassificationResolver,
        ClassificationOverrideResolver,
        OdooUserExposureResolver,
        OdooGroupExposureResolver,
      ],
      container: { get: (type: unknown) => instances.get(type) },
    },
    {
      // The id says which snapshot and record; tenant checks happen when a field reads the snapshot.
      OdooUser: {
        __resolveReference: authorizedReference({ action: 'read', subject: 'OdooUser' }, async (reference: { id: string }) => {
          const parts = splitEntityId(reference.id);
          return parts && toUserRef(parts.snapshotId, parts.key);
        }),
      },
      OdooGroup: {
        __resolveReference: authorizedReference({ action: 'read', subject: 'OdooGroup' }, async (reference: { id: string }) => {
          const parts = splitEntityId(reference.id);
          return parts && toGroupRef(parts.snapshotId, parts.key);
        }),
      },
    },
  );
  return { name: exposureSubgraphName, schema };
}
