import { isUnset } from './domain-terminal.util';
import type { DomainLeaf, DomainNode } from './domain-node.type';
import { formatDomainValue } from './format-domain-value.util';

const OPERATOR_WORDS: Readonly<Record<string, string>> = {
  '=?': '= (when set)', like: 'contains', ilike: 'contains (any case)', 'not like': 'does not contain',
  'not ilike': 'does not contain (any case)', '=like': 'matches', '=ilike': 'matches (any case)',
  'not =like': 'does not match', 'not =ilike': 'does not match (any case)', child_of: 'is or is under',
  parent_of: 'is or is above', any: 'has one where', 'not any': 'has none where', 'any!': 'has one (ignoring rules) where',
  'not any!': 'has none (ignoring rules) where',
};

/**
 * A readable one-line rendering: `company_id is not set OR company_id in company_ids`. AND binds
 * tighter than OR; nested groups are parenthesised; `= False` reads "is not set".
 */
export function explainDomain(node: DomainNode): string {
  return explain(node, false);
}

function explain(node: DomainNode, nested: boolean): string {
  switch (node.kind) {
    case 'true': return 'all records';
    case 'false': return 'no records';
    case 'leaf': return explainLeaf(node);
    case 'not': return `NOT (${explain(node.child, false)})`;
    default: {
      const text = node.children.map((child) => explain(child, child.kind === 'and' || child.kind === 'or')).join(node.kind === 'and' ? ' AND ' : ' OR ');
      return nested ? `(${text})` : text;
    }
  }
}

function explainLeaf(leaf: DomainLeaf): string {
  const value = leaf.value;
  const isFalse = (value.kind === 'expression' && value.node.kind === 'bool' && !value.node.value) || (value.kind === 'constant' && isUnset(value.value));
  if (isFalse && leaf.operator === '=') return `${leaf.path} is not set`;
  if (isFalse && leaf.operator === '!=') return `${leaf.path} is set`;
  if (value.kind === 'domain') return `${leaf.path} ${OPERATOR_WORDS[leaf.operator]} (${explainDomain(value.domain)})`;
  return `${leaf.path} ${OPERATOR_WORDS[leaf.operator] ?? leaf.operator} ${formatDomainValue(value)}`;
}
