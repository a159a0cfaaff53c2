import { isPyTuple, pythonRepr } from '@sightline/odoo-python';
import { DomainError } from './domain.error';
import { DOMAIN_FALSE, DOMAIN_TRUE } from './domain.factory';
import type { DomainNode } from './domain-node.type';
import { finishOperand, MAX_DOMAIN_DEPTH, type PrefixOperand, type PrefixTerm, readPrefixDomain } from './prefix-domain.reader';
import { normalizeDomainOperator } from './normalize-domain-operator.util';

/**
 * Builds a domain tree from a runtime value, e.g. the result of evaluating a `domain_force` for
 * one user with `evaluatePython` (leaves are `PyTuple`s or arrays). Leaf values become constants.
 * @throws DomainError when the value is not a domain.
 */
export function domainFromValue(value: unknown): DomainNode {
  return finishOperand(readValue(value, 0));
}

type DepthNode = PrefixOperand;

/** Reads the terms with a stack, in linear time; nesting deeper than {@link MAX_DOMAIN_DEPTH} is a DomainError. */
function readValue(value: unknown, above: number): DepthNode {
  const terms = sequence(value);
  if (!terms) throw new DomainError(`a domain must be a list, found ${pythonRepr(value)}`);
  const read = terms.map((item): PrefixTerm<null> => (item === '!' || item === '&' || item === '|' ? { operator: item, origin: null } : leaf(item, above)));
  return readPrefixDomain(read, {}, above, {
    missing: () => new DomainError(`domain operator is missing an operand in ${pythonRepr(value)}`),
    tooDeep: () => new DomainError(`domain nested too deeply (more than ${MAX_DOMAIN_DEPTH} levels)`),
    sourceOf: () => ({}),
  });
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
  return { node: { kind: 'leaf', path, operator, value: { kind: 'domain', domain: finishOperand(sub) } }, depth: sub.depth + 1 };
}
