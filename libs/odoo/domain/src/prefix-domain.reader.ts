import { andDomain, notDomain, orDomain } from './domain.factory';
import type { DomainNode, DomainSource } from './domain-node.type';

/**
 * How deeply `&`/`|`/`!` and `any` sub-domains may nest: every reader of a domain tree recurses
 * over it, so a deeper one (`['!', '!', …]` 100 000 times) is an error, not a stack overflow.
 * Chains of one operator (`['|', '|', …]`) are flattened and do not count.
 */
export const MAX_DOMAIN_DEPTH = 200;

/** A read operand: a finished node, or an AND/OR whose same-kind operands are flattened at the end. */
export type PrefixOperand =
  | { readonly node: DomainNode; readonly depth: number }
  | { readonly kind: 'and' | 'or'; readonly operands: readonly PrefixOperand[]; readonly source: DomainSource; readonly depth: number };

export type PrefixTerm<O> = { readonly operator: '&' | '|' | '!'; readonly origin: O } | PrefixOperand;

/** What a reader does on bad input: `missing` for an operator without operands, `tooDeep` past {@link MAX_DOMAIN_DEPTH}. */
export interface PrefixErrors<O> {
  missing(operator: '&' | '|' | '!', origin: O): Error;
  tooDeep(origin: O): Error;
  sourceOf(origin: O): DomainSource;
}

/**
 * Reads prefix terms the way Odoo does, from the last one back with a stack, in linear time: the
 * length of a domain never deepens the recursion, and long `|` chains are not copied once per `|`.
 * `above` is how many levels of an enclosing domain are above this one (for an `any` sub-domain).
 */
export function readPrefixDomain<O>(terms: readonly PrefixTerm<O>[], source: DomainSource, above: number, errors: PrefixErrors<O>): PrefixOperand {
  const stack: PrefixOperand[] = [];
  for (let i = terms.length - 1; i >= 0; i--) {
    const term = terms[i];
    if (!('operator' in term)) {
      stack.push(term);
      continue;
    }
    const arity = term.operator === '!' ? 1 : 2;
    if (stack.length < arity) throw errors.missing(term.operator, term.origin);
    const operands = stack.splice(stack.length - arity).reverse();
    const at = errors.sourceOf(term.origin);
    const combined: PrefixOperand = term.operator === '!'
      ? { node: notDomain(finishOperand(operands[0]), at), depth: operands[0].depth + 1 }
      : combine(term.operator === '&' ? 'and' : 'or', operands, at);
    if (above + combined.depth > MAX_DOMAIN_DEPTH) throw errors.tooDeep(term.origin);
    stack.push(combined);
  }
  stack.reverse();
  if (stack.length === 1) return stack[0];
  return stack.length === 0 ? { node: andDomain([], source), depth: 0 } : combine('and', stack, source);
}

function combine(kind: 'and' | 'or', operands: readonly PrefixOperand[], source: DomainSource): PrefixOperand {
  const depth = operands.reduce((deepest, o) => Math.max(deepest, o.depth + (kindOf(o) === kind ? 0 : 1)), 0);
  return { kind, operands, source, depth };
}

function kindOf(operand: PrefixOperand): string {
  return 'node' in operand ? operand.node.kind : operand.kind;
}

/** The node of an operand: same-kind AND/OR operands flattened into one n-ary node, without recursion along the chain. */
export function finishOperand(operand: PrefixOperand): DomainNode {
  if ('node' in operand) return operand.node;
  const children: DomainNode[] = [];
  const work: PrefixOperand[] = [...operand.operands].reverse();
  while (work.length > 0) {
    const next = work.pop()!;
    if (!('node' in next) && next.kind === operand.kind) {
      for (let i = next.operands.length - 1; i >= 0; i--) work.push(next.operands[i]);
    } else {
      children.push(finishOperand(next));
    }
  }
  return (operand.kind === 'and' ? andDomain : orDomain)(children, operand.source);
}
