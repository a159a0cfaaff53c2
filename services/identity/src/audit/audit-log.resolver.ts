import type { KeyObject } from 'node:crypto';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { auditActorKinds, auditOutcomes, countAuditLog, queryAuditLog, verifyAuditLog } from '@sightline/platform-audit';
import type { AuditActorKind, AuditOutcome, AuditQuery } from '@sightline/platform-audit';
import { Can, UserInputError } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { AuditEntryConnection, AuditEntryType, AuditLogFilter, AuditLogVerificationType, toAuditEntryType } from './audit-entry.type';

@Resolver(() => AuditEntryType)
export class AuditLogResolver {
  constructor(
    private readonly auditDb: DataSource,
    private readonly trustedKeys: () => KeyObject[],
  ) {}

  @Can('read', 'AuditEntry')
  @Query(() => AuditEntryConnection, { description: "The tenant's audit log, filtered in the database." })
  async auditLog(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('order', () => String, { nullable: true, description: 'desc (default) or asc.' }) order?: string,
  ): Promise<AuditEntryConnection> {
    if (order !== undefined && order !== null && order !== 'asc' && order !== 'desc') throw new UserInputError('order', 'expected asc or desc');
    if (filter?.actorKind && !auditActorKinds.includes(filter.actorKind as AuditActorKind)) throw new UserInputError('filter.actorKind', `expected one of ${auditActorKinds.join(', ')}`);
    if (filter?.outcome && !auditOutcomes.includes(filter.outcome as AuditOutcome)) throw new UserInputError('filter.outcome', `expected one of ${auditOutcomes.join(', ')}`);
    const query: AuditQuery = {
      tenantId: context.tenantId,
      actorId: filter?.actorId ?? undefined,
      actorKind: (filter?.actorKind ?? undefined) as AuditActorKind | undefined,
      action: filter?.actions ?? undefined,
      outcome: (filter?.outcome ?? undefined) as AuditOutcome | undefined,
      objectType: filter?.objectType ?? undefined,
      objectId: filter?.objectId ?? undefined,
      from: filter?.from ?? undefined,
      to: filter?.to ?? undefined,
      first: first ?? undefined,
      after: after ?? undefined,
      order: (order ?? undefined) as 'asc' | 'desc' | undefined,
    };
    let page;
    try {
      page = await queryAuditLog(this.auditDb, query);
    } catch (error) {
      if (error instanceof RangeError) throw new UserInputError(error.message.includes('first') ? 'first' : 'after', error.message.replace(/^audit query: /, ''));
      throw error;
    }
    const auditDb = this.auditDb;
    return {
      edges: page.entries.map((entry) => ({ node: toAuditEntryType(entry), cursor: entry.seq })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: after !== undefined && after !== null, startCursor: page.entries[0]?.seq ?? null, endCursor: page.endCursor },
      // A getter: the count query runs only when totalCount is selected.
      get totalCount() {
        return countAuditLog(auditDb, query);
      },
    };
  }

  @Can('read', 'AuditEntry')
  @Query(() => AuditLogVerificationType, { description: "Recomputes the tenant's hash chain and checks its signed checkpoints; names the first broken entry." })
  async auditLogVerification(@Ctx() context: RequestContext): Promise<AuditLogVerificationType> {
    const result = await verifyAuditLog(this.auditDb, { trustedKeys: this.trustedKeys(), tenantId: context.tenantId });
    return { ok: result.ok, entries: result.entries, checkpoints: result.checkpoints, firstBrokenSeq: result.firstBrokenSeq ?? null, reason: result.reason ?? null };
  }
}
