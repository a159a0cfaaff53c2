import type { AuditActor, AuditOrigin } from '@sightline/platform-audit';
import type { Principal } from '@sightline/platform-auth';
import type { RequestContext } from './request-context';

/** The principal as an audit entry names it. */
export function auditActorOf(principal: Principal): AuditActor {
  return { kind: principal.kind, id: principal.id, name: principal.name };
}

/** Where a request came from, with its id, as an audit entry records it. */
export function auditOriginOf(context: Pick<RequestContext, 'origin' | 'requestId'>): AuditOrigin {
  return { ...context.origin, requestId: context.requestId };
}
