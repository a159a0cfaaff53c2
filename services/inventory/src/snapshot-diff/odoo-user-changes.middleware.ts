import { UseMiddleware } from 'type-graphql';
import type { MiddlewareFn } from 'type-graphql';
import { canReadSubject, readableFields } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotChangeType, SnapshotDiffType } from './snapshot-diff.type';

const personalFields = ['login', 'name'] as const;

/**
 * For the per-user lists of a snapshot diff (users, memberships): only users whose data the
 * request may read (a reviewer: the subjects assigned to them), with their login and name masked
 * unless the role may read them, and every one returned recorded for the audit log.
 */
export function OdooUserChanges(userKeyOf: (change: SnapshotChangeType) => string): PropertyDecorator & MethodDecorator {
  const middleware: MiddlewareFn<RequestContext> = async ({ root, context }, next) => {
    const changes = ((await next()) ?? []) as SnapshotChangeType[];
    if (!canReadSubject(context, 'OdooUser')) return [];
    const readable = new Set(readableFields(context, 'OdooUser', personalFields));
    const diff = root as SnapshotDiffType;
    return changes.map((change) => ({
      ...change,
      before: masked(change.before, readable, (field) => context.auditTrail.personalDataRead('OdooUser', `${diff.fromId}:${userKeyOf(change)}`, field)),
      after: masked(change.after, readable, (field) => context.auditTrail.personalDataRead('OdooUser', `${diff.toId}:${userKeyOf(change)}`, field)),
    }));
  };
  return UseMiddleware(middleware);
}

function masked(value: unknown, readable: ReadonlySet<string>, recordRead: (field: string) => void): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of personalFields) {
    if (!(field in copy) || copy[field] === null) continue;
    if (readable.has(field)) recordRead(field);
    else copy[field] = null;
  }
  return copy;
}
