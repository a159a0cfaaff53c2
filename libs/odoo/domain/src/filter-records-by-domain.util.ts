import { bindDomain } from './bind-domain.util';
import type { DomainEvaluationContext } from './domain-evaluation-context.type';
import type { DomainNode } from './domain-node.type';
import { evaluateDomain } from './evaluate-domain.util';

/** The records matching the domain; value expressions are bound once with `context.env` first. */
export function filterRecordsByDomain<R>(node: DomainNode, records: Iterable<R>, context: DomainEvaluationContext<R>): R[] {
  const bound = context.env ? bindDomain(node, context.env) : node;
  const matching: R[] = [];
  for (const record of records) if (evaluateDomain(bound, record, context)) matching.push(record);
  return matching;
}
