import type { AuditActor } from '@sightline/platform-audit';
import type { RequestContext } from '@sightline/platform-graphql';

export function actorOf(context: RequestContext): AuditActor {
  return { kind: context.principal.kind, id: context.principal.id, name: context.principal.name };
}
