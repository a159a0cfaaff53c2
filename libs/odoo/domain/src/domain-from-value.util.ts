import { isPyTuple, pythonRepr } from '@sightline/odoo-python';
import { DomainError } from './domain.error';
import { DOMAIN_FALSE, DOMAIN_TRUE, andDomain, notDomain, orDomain } from './domain.factory';
import type { DomainNode, DomainValue } from './domain-node.type';
import { normalizeDomainOperator } from './normalize-domain-operator.util';

/**
 * Builds a domain tree from a runtime value, e.g. the result of evaluating a `domain_force` for
 * one user with `evaluatePython` (leaves are `PyTuple`s or arrays). Leaf values become constants.
 * @throws DomainError when the value is not a domain.
 */
export function domainFromValue(value: unknown): DomainNode {
  const terms = sequence(value);
  if (!terms) throw new DomainError(`a domain must be a list, found ${pythonRepr(value)}`);
  let index = 0;
  const term = (): DomainNode => {
    if (index >= terms.length) throw new DomainError(`domain operator is missing an operand in ${pythonRepr(value)}`);
    const item = terms[index++];
    if (item === '!') return notDomain(term());
    if (item === '&') return andDomain([term(), term()]);
    if (item === '|') return orDomain([term(), term()]);
    return leaf(item);
  };
  const conjuncts: DomainNode[] = [];
  while (index < terms.length) conjuncts.push(term());
  return andDomain(conjuncts);
}

function sequence(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  return isPyTuple(value) ? value.items : undefined;
}

function leaf(item: unknown): DomainNode {
  const parts = sequence(item);
  if (!parts || parts.length !== 3) throw new DomainError(`invalid domain term ${pythonRepr(item)}`);
  const [path, rawOperator, value] = parts;
  if (rawOperator === '=' && value === 1 && (path === 1 || path === 0)) return path === 1 ? DOMAIN_TRUE : DOMAIN_FALSE;
  const operator = typeof rawOperator === 'string' ? normalizeDomainOperator(rawOperator) : undefined;
  if (typeof path !== 'string' || path === '') throw new DomainError(`invalid field path in domain term ${pythonRepr(item)}`);
  if (!operator) throw new DomainError(`unknown domain operator in ${pythonRepr(item)}`);
  const subdomain = operator.includes('any') && sequence(value) !== undefined;
  const leafValue: DomainValue = subdomain ? { kind: 'domain', domain: domainFromValue(value) } : { kind: 'constant', value };
  return { kind: 'leaf', path, operator, value: leafValue };
}
