import type { AuditEntry, AuditEntryInput } from './audit-entry';
import { auditActorKinds, auditOutcomes } from './audit-entry';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const actionPattern = /^[a-z][a-z0-9_.:-]*$/;

type NormalisedInput = Omit<AuditEntry, 'seq' | 'at' | 'prevHash' | 'hash'>;

/**
 * Validates an entry and gives it exactly the JSON form PostgreSQL will store (a JSON round trip:
 * dates become strings, undefined members vanish), so the hash computed now matches the stored row.
 */
export function normaliseAuditInput(input: AuditEntryInput): NormalisedInput {
  if (input.tenantId !== null && !uuidPattern.test(input.tenantId)) throw new Error(`audit entry: tenantId ${JSON.stringify(input.tenantId)} is not a uuid`);
  if (!auditActorKinds.includes(input.actor?.kind)) throw new Error(`audit entry: actor.kind must be one of ${auditActorKinds.join(', ')}`);
  if (typeof input.actor.id !== 'string' || input.actor.id === '') throw new Error('audit entry: actor.id is required');
  if (!actionPattern.test(input.action)) throw new Error(`audit entry: action ${JSON.stringify(input.action)} must match ${actionPattern}`);
  if (!auditOutcomes.includes(input.outcome)) throw new Error(`audit entry: outcome must be one of ${auditOutcomes.join(', ')}`);
  const objectIds = input.objectIds ?? [];
  if (!objectIds.every((id) => typeof id === 'string')) throw new Error('audit entry: objectIds must be strings');
  const json = JSON.stringify({
    actor: { kind: input.actor.kind, id: input.actor.id, name: input.actor.name },
    origin: { ip: input.origin?.ip, userAgent: input.origin?.userAgent, requestId: input.origin?.requestId },
    details: input.details ?? {},
  });
  // PostgreSQL's text and jsonb cannot hold NUL; refuse here with a clear message.
  if (json.includes('\\u0000') || objectIds.some((id) => id.includes('\u0000'))) throw new Error('audit entry: NUL characters cannot be stored');
  const parsed = JSON.parse(json) as Pick<AuditEntry, 'actor' | 'origin' | 'details'>;
  return {
    tenantId: input.tenantId === null ? null : input.tenantId.toLowerCase(),
    actor: parsed.actor,
    action: input.action,
    objectType: input.objectType ?? null,
    objectIds: [...objectIds],
    origin: parsed.origin,
    outcome: input.outcome,
    details: parsed.details,
  };
}
