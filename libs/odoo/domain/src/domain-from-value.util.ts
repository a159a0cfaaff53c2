import { isPyTuple, pythonRepr } from '@sightline/odoo-python';
import { DomainError } from './domain.error';
import { DOMAIN_FALSE, DOMAIN_TRUE, andDomain, notDomain, orDomain } from './domain.factory';
import type { DomainNode } from './domain-node.type';
import { MAX_DOMAIN_DEPTH } from './parse-domain.util';
import { normalizeDomainOperator } from './normalize-domain-operator.util';

/**
 * Builds a domain tree from a runtime value, e.g. the result of evaluating a `domain_force` for
 * one user with `evaluatePython` (leaves are `PyTuple`s or arrays). Leaf values become constants.
 * @throws DomainError when the value is not a domain.
 */
export function domainFromValue(value: unknown): DomainNode {
  return readValue(value, 0).node;
}

interface DepthNode {
  readonly node: DomainNode;
  readonly depth: number;
}

/**
 * Reads the terms from the last one back with a stack (as Odoo does), so that a long domain never
 * deepens the recursion; nesting deeper than {@link MAX_DOMAIN_DEPTH} is a DomainError.
 */
function readValue(value: unknown, above: number): DepthNode {
  const terms = sequence(value);
  if (!terms) throw new DomainError(`a domain must be a list, found ${pythonRepr(value)}`);
  const read = terms.map((item) => (item === '!' || item === '&' || item === '|' ? item : leaf(item, above)));
  const stack: DepthNode[] = [];
  for (let i = read.length - 1; i >= 0; i--) {
    const term = read[i];
    if (typeof term !== 'string') {
      stack.push(term);
      continue;
    }
    const arity = term === '!' ? 1 : 2;
    if (stack.length < arity) throw new DomainError(`domain operator is missing an operand in ${pythonRepr(value)}`);
    const operands = stack.splice(stack.length - arity).reverse();
    const node = term === '!' ? notDomain(operands[0].node) : (term === '&' ? andDomain : orDomain)(operands.map((o) => o.node));
    const depth = operands.reduce((deepest, o) => Math.max(deepest, o.depth + (o.node.kind === node.kind && node.kind !== 'not' ? 0 : 1)), 0);
    if (above + depth > MAX_DOMAIN_DEPTH) throw new DomainError(`domain nested too deeply (more than ${MAX_DOMAIN_DEPTH} levels)`);
    stack.push({ node, depth });
  }
  stack.reverse();
  const depth = stack.reduce((deepest, t) => Math.max(deepest, t.depth + (t.node.kind === 'and' || stack.length === 1 ? 0 : 1)), 0);
  return { node: andDomain(stack.map((t) => t.node)), depth };
}

function sequence(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  return isPyTuple(value) ? value.items : undefined;
}

function leaf(item: unknown, above: number): DepthNode {
  const parts = sequence(item);
  if (!parts || parts.length !== 3) throw new DomainError(`invalid domain term ${pythonRepr(item)}`);
  const [path, rawOperator, value] = parts;
  if (rawOperator === '=' && value === 1 && (path === 1 || path === 0)) return { node: path === 1 ? DOMAIN_TRUE : DOMAIN_FALSE, depth: 0 };
  const operator = typeof rawOperator === 'string' ? normalizeDomainOperator(rawOperator) : undefined;
  if (typeof path !== 'string' || path === '') throw new DomainError(`invalid field path in domain term ${pythonRepr(item)}`);
  if (!operator) throw new DomainError(`unknown domain operator in ${pythonRepr(item)}`);
  if (!operator.includes('any') || sequence(value) === undefined) return { node: { kind: 'leaf', path, operator, value: { kind: 'constant', value } }, depth: 0 };
  if (above + 1 > MAX_DOMAIN_DEPTH) throw new DomainError(`domain nested too deeply (more than ${MAX_DOMAIN_DEPTH} levels)`);
  const sub = readValue(value, above + 1);
  return { node: { kind: 'leaf', path, operator, value: { kind: 'domain', domain: sub.node } }, depth: sub.depth + 1 };
}
