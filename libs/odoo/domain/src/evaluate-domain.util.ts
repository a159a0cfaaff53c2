import type { DomainEvaluationContext } from './domain-evaluation-context.type';
import { DomainLeafEvaluator } from './domain-leaf.evaluator';
import type { DomainNode } from './domain-node.type';

/**
 * Whether `record` satisfies the domain, with Odoo's semantics (see {@link DomainLeafEvaluator}).
 * Field values come from `context.resolver`; expression values are evaluated with `context.env`
 * (bind the domain first with `bindDomain` when evaluating many records).
 */
export function evaluateDomain<R>(node: DomainNode, record: R, context: DomainEvaluationContext<R>): boolean {
  const evaluate = (n: DomainNode, r: unknown): boolean => {
    switch (n.kind) {
      case 'true': return true;
      case 'false': return false;
      case 'and': return n.children.every((child) => evaluate(child, r));
      case 'or': return n.children.some((child) => evaluate(child, r));
      case 'not': return !evaluate(n.child, r);
      case 'leaf': return leaves.matches(n, r);
    }
  };
  const leaves = new DomainLeafEvaluator(context as DomainEvaluationContext, evaluate);
  return evaluate(node, record);
}
