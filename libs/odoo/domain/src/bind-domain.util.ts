import { evaluatePython, type PythonEnvironment } from '@sightline/odoo-python';
import type { DomainNode } from './domain-node.type';

/**
 * Evaluates every expression value of the tree once with `env` (e.g. one user's `user`,
 * `company_ids`, `company_id`), giving a tree of constants to evaluate on many records.
 * @throws PythonEvaluationError positioned at the failing value.
 */
export function bindDomain(node: DomainNode, env: PythonEnvironment): DomainNode {
  switch (node.kind) {
    case 'and': case 'or': return { ...node, children: node.children.map((child) => bindDomain(child, env)) };
    case 'not': return { ...node, child: bindDomain(node.child, env) };
    case 'leaf': {
      const value = node.value;
      if (value.kind === 'domain') return { ...node, value: { kind: 'domain', domain: bindDomain(value.domain, env) } };
      if (value.kind === 'constant') return node;
      return { ...node, value: { kind: 'constant', value: evaluatePython(value.node, env) } };
    }
    default: return node;
  }
}
