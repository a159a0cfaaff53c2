import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { GraphQLError } from 'graphql';
import { diffSnapshots, parseSnapshot } from '@sightline/odoo-model';
import type { Snapshot } from '@sightline/odoo-model';
import { auditActorOf, auditOriginOf, Can, NotFoundError } from '@sightline/platform-graphql';
import type { JobAudit } from '../jobs/job-runner';
import { snapshotImportAuditEntry } from '../snapshots/snapshot-import-audit-entry.util';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotService } from '../snapshots/snapshot.service';
import type { StoreSnapshotUseCase } from '../snapshots/store-snapshot.use-case';
import { SnapshotDiffType } from '../snapshot-diff/snapshot-diff.type';
import { toSnapshotDiffType } from '../snapshot-diff/to-snapshot-diff-type.util';
import { SnapshotType, toSnapshotType } from './snapshot.type';

const shownIssues = 20;

@Resolver()
export class SnapshotImportResolver {
  constructor(
    private readonly snapshots: SnapshotService,
    private readonly store: StoreSnapshotUseCase,
    private readonly audit: JobAudit,
  ) {}

  @Can('create', 'Snapshot')
  @Mutation(() => SnapshotType, { description: 'Stores a snapshot document (as written by `sightline snapshot`), atomically.' })
  async importSnapshot(
    @Arg('document', () => GraphQLJSONObject) document: Record<string, unknown>,
    @Arg('label', () => String, { nullable: true }) label: string | null,
    @Ctx() context: RequestContext,
  ): Promise<SnapshotType> {
    const parsed = parseSnapshot(document);
    if (!parsed.ok) {
      const issues = parsed.issues.slice(0, shownIssues).map((i) => `${i.path}: ${i.message}`);
      throw new GraphQLError(`document: not a valid snapshot (${parsed.issues.length} problem(s)): ${issues.join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT', argument: 'document', issues: parsed.issues.slice(0, shownIssues) },
      });
    }
    const entity = await this.store.execute({ tenantId: context.tenantId, snapshot: parsed.snapshot, label: label ?? parsed.snapshot.meta.source.description });
    await this.audit(snapshotImportAuditEntry(entity, auditActorOf(context.principal), 'graphql importSnapshot', auditOriginOf(context)));
    return toSnapshotType(entity);
  }

  @Can('read', 'Snapshot')
  @Query(() => SnapshotDiffType, { description: 'Differences from one stored snapshot to another.' })
  async snapshotDiff(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() context: RequestContext,
  ): Promise<SnapshotDiffType> {
    const [before, after] = await Promise.all([this.document(context.tenantId, from, 'from'), this.document(context.tenantId, to, 'to')]);
    return toSnapshotDiffType(from, to, diffSnapshots(before, after));
  }

  private async document(tenantId: string, id: string, argument: string): Promise<Snapshot> {
    const document = await this.snapshots.documentOf(tenantId, id);
    if (document === null) throw new NotFoundError(`snapshot (argument ${argument})`, id);
    const parsed = parseSnapshot(document);
    if (!parsed.ok) throw new GraphQLError(`snapshot ${id} is stored in a form this version cannot read`, { extensions: { code: 'INTERNAL' } });
    return parsed.snapshot;
  }
}
