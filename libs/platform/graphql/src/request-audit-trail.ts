import type { AuditEntryInput } from '@sightline/platform-audit';
import type { Principal } from '@sightline/platform-auth';
import { auditActorOf, auditOriginOf } from './audit-identity.util';
import type { RequestOrigin } from './request-context';

interface Denial {
  operation: string;
  action: string;
  subject: string;
}

/**
 * Collects what one request did that the audit log must show: which personal data of which objects
 * it returned (per subject type: object ids and fields) and which operations were refused. One
 * entry per kind is appended when the request ends, so a page of 50 users is one entry, not 150.
 */
export class RequestAuditTrail {
  private readonly reads = new Map<string, { ids: Set<string>; fields: Set<string> }>();
  private readonly denials: Denial[] = [];

  personalDataRead(subjectType: string, objectId: string, field: string): void {
    const read = this.reads.get(subjectType) ?? { ids: new Set<string>(), fields: new Set<string>() };
    read.ids.add(objectId);
    read.fields.add(field);
    this.reads.set(subjectType, read);
  }

  denied(operation: string, action: string, subject: string): void {
    if (!this.denials.some((denial) => denial.operation === operation)) this.denials.push({ operation, action, subject });
  }

  get isEmpty(): boolean {
    return this.reads.size === 0 && this.denials.length === 0;
  }

  /** The entries to append (and forgets them, so a second call appends nothing twice). */
  drain(base: { tenantId: string; principal: Principal; requestId: string; origin: RequestOrigin; operationName?: string | null }): AuditEntryInput[] {
    const actor = auditActorOf(base.principal);
    const origin = auditOriginOf(base);
    const operation = base.operationName ?? undefined;
    const entries: AuditEntryInput[] = [...this.reads].map(([objectType, read]) => ({
      tenantId: base.tenantId,
      actor,
      action: 'personal-data.read',
      objectType,
      objectIds: [...read.ids].sort(),
      origin,
      outcome: 'success',
      details: { fields: [...read.fields].sort(), ...(operation ? { operation } : {}) },
    }));
    for (const denial of this.denials) {
      entries.push({
        tenantId: base.tenantId,
        actor,
        action: 'authorization.check',
        objectType: denial.subject,
        origin,
        outcome: 'denied',
        details: { field: denial.operation, action: denial.action, ...(operation ? { operation } : {}) },
      });
    }
    this.reads.clear();
    this.denials.length = 0;
    return entries;
  }
}
