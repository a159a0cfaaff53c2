import { assertCanReadSubject, canReadSubject } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { entityId } from './entity-id.util';

/**
 * Which Odoo users' access data the request may read. No review assignments exist yet, so every
 * user has the same (empty) reviewers and the answer is decided once per request.
 */
export function readableUsers(context: RequestContext): (userKey: string) => boolean {
  const readable = canReadSubject(context, 'Exposure');
  return () => readable;
}

/** Refuses (FORBIDDEN naming `argument`) or records that the request reads what one identified Odoo user can access. */
export function readUserAccess(context: RequestContext, snapshotId: string, userKey: string, argument: string): void {
  assertCanReadSubject(context, 'Exposure', argument);
  recordAccessRead(context, snapshotId, userKey);
}

/** Records for the audit log that the request returned what one identified Odoo user can access. */
export function recordAccessRead(context: RequestContext, snapshotId: string, userKey: string): void {
  context.auditTrail.personalDataRead('Exposure', entityId(snapshotId, userKey), 'access');
}
