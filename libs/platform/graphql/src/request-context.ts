import type { AppAbility, Principal } from '@sightline/platform-auth';
import type { QueryTimeBudget } from './query-time-budget';
import type { RequestAuditTrail } from './request-audit-trail';

/** Where a request came from, as recorded in the audit log. */
export interface RequestOrigin {
  ip?: string;
  userAgent?: string;
}

/**
 * What every resolver receives. The gateway authenticates the request and builds it; in-process
 * subgraphs get it as it is, remote subgraphs rebuild it from the gateway's signed context header.
 */
export interface RequestContext {
  requestId: string;
  /** The tenant the request acts in; every query is scoped to it. */
  tenantId: string;
  tenantSlug: string;
  principal: Principal;
  /** What the principal may do in this tenant (CASL), from its roles there. */
  ability: AppAbility;
  origin: RequestOrigin;
  /** Personal-data reads and denials of this request, appended to the audit log when it ends. */
  auditTrail: RequestAuditTrail;
  /** Time the operation may still run (set by queryTimeBudgetPlugin); resolvers stop once it is spent. */
  queryTimeBudget?: QueryTimeBudget;
  /** Logs an unexpected error server-side under the request id (the client gets only the id). */
  reportInternalError?: (error: unknown) => void;
}

/** Chooses the tenant among the principal's memberships (by slug); optional when it has one. */
export const tenantHeader = 'x-sightline-tenant';
export const requestIdHeader = 'x-request-id';
/** The gateway's signed RequestContext, for subgraphs that run as separate services. */
export const gatewayContextHeader = 'x-sightline-context';
export const defaultTenantSlug = 'default';
