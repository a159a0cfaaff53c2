import { evaluatePython } from '@sightline/odoo-python';
import { DomainError } from './domain.error';
import { domainFromValue } from './domain-from-value.util';
import type { DomainEvaluationContext } from './domain-evaluation-context.type';
import type { DomainLeaf, DomainNode, DomainOperator } from './domain-node.type';
import { isUnset, valueList } from './domain-terminal.util';
import { ancestorsOrSelf } from './hierarchy.util';
import { likePatternRegExp } from './like-pattern.util';

type Evaluate = (node: DomainNode, record: unknown) => boolean;

const NEGATIONS: Partial<Record<DomainOperator, DomainOperator>> = {
  '!=': '=', 'not in': 'in', 'not like': 'like', 'not ilike': 'ilike', 'not =like': '=like', 'not =ilike': '=ilike',
  'not any': 'any', 'not any!': 'any!',
};

/**
 * One leaf on one record. A dotted path is Odoo's `any` on its first segment: some related record
 * must satisfy the rest (so an empty relation fails the leaf, whatever the operator). On the last
 * segment, negative operators are the negation of their positive form, an x2many matches when any
 * of its records does, `= False` means "not set / no records", `in [..., False]` also matches unset.
 */
export class DomainLeafEvaluator {
  constructor(
    private readonly context: DomainEvaluationContext,
    private readonly evaluate: Evaluate,
  ) {}

  matches(leaf: DomainLeaf, record: unknown): boolean {
    return this.onPath(leaf, leaf.path.split('.'), record, this.value(leaf));
  }

  private value(leaf: DomainLeaf): unknown {
    const value = leaf.value;
    if (value.kind === 'domain') return value.domain;
    const raw = value.kind === 'constant' ? value.value : evaluatePython(value.node, this.context.env ?? { names: {} });
    return leaf.operator.includes('any') ? domainFromValue(raw) : raw;
  }

  private onPath(leaf: DomainLeaf, path: readonly string[], record: unknown, value: unknown): boolean {
    const raw = this.context.resolver.field(record, path[0]);
    if (path.length === 1) return this.terminal(leaf, raw, value);
    return this.records(raw).some((related) => this.onPath(leaf, path.slice(1), related, value));
  }

  private records(raw: unknown): readonly unknown[] {
    if (Array.isArray(raw)) return raw;
    return isUnset(raw) ? [] : [raw];
  }

  private terminal(leaf: DomainLeaf, raw: unknown, value: unknown): boolean {
    const positive = NEGATIONS[leaf.operator];
    if (positive) return !this.positive(leaf, positive, raw, value);
    return this.positive(leaf, leaf.operator, raw, value);
  }

  private positive(leaf: DomainLeaf, operator: DomainOperator, raw: unknown, value: unknown): boolean {
    if (operator === 'any' || operator === 'any!') return this.records(raw).some((r) => this.evaluate(value as DomainNode, r));
    const items = Array.isArray(raw) ? raw.map((r) => this.id(r)) : isUnset(raw) ? [] : [this.id(raw)];
    if (operator === '=?' && isUnset(value)) return true;
    if (operator === '=' || operator === '=?') return isUnset(value) ? items.length === 0 : items.some((x) => sameValue(x, this.id(value)));
    if (operator === 'in') return this.isIn(items, valueList(value));
    return items.some((x) => this.compare(leaf, operator, x, value));
  }

  private isIn(items: readonly unknown[], values: readonly unknown[]): boolean {
    if (items.length === 0) return values.some(isUnset);
    return items.some((x) => values.some((v) => !isUnset(v) && sameValue(x, this.id(v))));
  }

  private compare(leaf: DomainLeaf, operator: DomainOperator, x: unknown, value: unknown): boolean {
    switch (operator) {
      case '<': case '<=': case '>': case '>=': return ordered(operator, x, value);
      case 'like': case 'ilike': return !isUnset(value) && likePatternRegExp(`%${String(value)}%`, operator === 'ilike').test(String(x));
      case '=like': case '=ilike': return !isUnset(value) && likePatternRegExp(String(value), operator === '=ilike').test(String(x));
      case 'child_of': return this.ancestors(leaf, x).some((a) => this.inIds(a, value));
      case 'parent_of': return valueList(value).some((id) => !isUnset(id) && this.ancestors(leaf, this.id(id)).some((a) => sameValue(a, x)));
      default: throw new DomainError(`operator '${operator}' cannot be evaluated on records`, leaf);
    }
  }

  private inIds(id: unknown, value: unknown): boolean {
    return valueList(value).some((v) => !isUnset(v) && sameValue(id, this.id(v)));
  }

  private ancestors(leaf: DomainLeaf, id: unknown): unknown[] {
    const parents = this.context.parents;
    if (!parents) throw new DomainError(`'${leaf.operator}' on '${leaf.path}' needs a parent lookup in the evaluation context`, leaf);
    return ancestorsOrSelf(id, parents, leaf);
  }

  private id(value: unknown): unknown {
    if (this.context.resolver.id) return this.context.resolver.id(value);
    if (typeof value === 'object' && value !== null && 'id' in value) return (value as { id: unknown }).id;
    return value;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof a === 'boolean') return (typeof b === 'number' || typeof b === 'boolean') && Number(a) === Number(b);
  return a === b;
}

function ordered(operator: '<' | '<=' | '>' | '>=', x: unknown, value: unknown): boolean {
  if (isUnset(value)) return false;
  const comparable = (typeof x === 'number' && typeof value === 'number') || (typeof x === 'string' && typeof value === 'string');
  if (!comparable) return false;
  const a = x as number | string;
  const b = value as number | string;
  return { '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b }[operator];
}
