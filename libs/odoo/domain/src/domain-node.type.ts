import type { PyNode, SourcePosition } from '@sightline/odoo-python';

/**
 * Leaf operators after normalisation (`<>` → `!=`, `==` → `=`, lower case): the 17/18
 * `TERM_OPERATORS` plus what 19 adds (`not =like`, `not =ilike`, `any!`, `not any!`).
 */
export const DOMAIN_OPERATORS = [
  '=', '!=', '<=', '<', '>', '>=', '=?', '=like', '=ilike', 'like', 'not like', 'ilike', 'not ilike',
  'not =like', 'not =ilike', 'in', 'not in', 'child_of', 'parent_of', 'any', 'not any', 'any!', 'not any!',
] as const;

export type DomainOperator = (typeof DOMAIN_OPERATORS)[number];

/** Where a node came from, when it was parsed from text. */
export interface DomainSource {
  readonly pos?: SourcePosition;
  readonly file?: string;
}

/**
 * The value of a leaf: a Python expression over the evaluation context (`user.id`, `company_ids`,
 * `'draft'`…) as parsed, a constant (after {@link bindDomain} or when built from runtime values),
 * or the sub-domain of `any` / `not any`.
 */
export type DomainValue =
  | { readonly kind: 'expression'; readonly node: PyNode }
  | { readonly kind: 'constant'; readonly value: unknown }
  | { readonly kind: 'domain'; readonly domain: DomainNode };

export interface DomainTrue extends DomainSource { readonly kind: 'true' }
export interface DomainFalse extends DomainSource { readonly kind: 'false' }
/** n-ary conjunction (at least two children; nested ANDs are flattened). */
export interface DomainAnd extends DomainSource { readonly kind: 'and'; readonly children: readonly DomainNode[] }
/** n-ary disjunction (at least two children; nested ORs are flattened). */
export interface DomainOr extends DomainSource { readonly kind: 'or'; readonly children: readonly DomainNode[] }
export interface DomainNot extends DomainSource { readonly kind: 'not'; readonly child: DomainNode }
/** `(path, operator, value)`; `path` may be dotted (`employee_id.user_id`). */
export interface DomainLeaf extends DomainSource {
  readonly kind: 'leaf';
  readonly path: string;
  readonly operator: DomainOperator;
  readonly value: DomainValue;
}

export type DomainNode = DomainTrue | DomainFalse | DomainAnd | DomainOr | DomainNot | DomainLeaf;
