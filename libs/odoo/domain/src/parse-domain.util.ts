import { formatPython, parsePythonExpression, type PyNode, type SourceOrigin } from '@sightline/odoo-python';
import { DomainError } from './domain.error';
import { DOMAIN_TRUE, andDomain, notDomain, orDomain } from './domain.factory';
import type { DomainNode, DomainOperator, DomainSource, DomainValue } from './domain-node.type';
import { normalizeDomainOperator } from './normalize-domain-operator.util';

const SUBDOMAIN_OPERATORS: ReadonlySet<string> = new Set(['any', 'not any', 'any!', 'not any!']);

/**
 * Parses a domain (a `domain_force` text, an `ir.access` `domain` cell, or an already parsed
 * Python node) into a normalised tree: prefix `&`/`|`/`!` become AND/OR/NOT nodes, consecutive
 * terms are AND-ed, `(1, '=', 1)` / `(0, '=', 1)` become TRUE / FALSE, and leaf values stay
 * Python expressions. Empty text and `[]` are TRUE.
 * @throws PythonSyntaxError for invalid Python, DomainError for a Python value that is no domain.
 */
export function parseDomain(source: string | PyNode, origin?: SourceOrigin): DomainNode {
  if (typeof source === 'string' && source.trim() === '') return DOMAIN_TRUE;
  const node = typeof source === 'string' ? parsePythonExpression(source, origin) : source;
  if (node.kind !== 'list' && node.kind !== 'tuple') throw domainError(`a domain must be a list, found ${node.kind} \`${short(node)}\``, node);
  if (isBareLeaf(node.elements)) throw domainError(`a domain must be a list of terms, found a single leaf \`${short(node)}\``, node);
  return new PrefixDomainReader(node.elements).read({ pos: node.pos, file: node.file });
}

class PrefixDomainReader {
  private index = 0;

  constructor(private readonly terms: readonly PyNode[]) {}

  read(source: DomainSource): DomainNode {
    const conjuncts: DomainNode[] = [];
    while (this.index < this.terms.length) conjuncts.push(this.term());
    return andDomain(conjuncts, source);
  }

  private term(): DomainNode {
    const node = this.terms[this.index++];
    if (node.kind === 'str') return this.operatorTerm(node.value, node);
    if (node.kind === 'tuple' || node.kind === 'list') return parseLeaf(node.elements, node);
    throw domainError(`a domain term must be '&', '|', '!' or a (field, operator, value) leaf, found ${node.kind} \`${short(node)}\``, node);
  }

  private operatorTerm(operator: string, node: PyNode): DomainNode {
    const source = { pos: node.pos, file: node.file };
    if (operator === '!') return notDomain(this.operand(operator, node), source);
    if (operator !== '&' && operator !== '|') throw domainError(`unknown domain operator '${operator}' (expected '&', '|' or '!')`, node);
    const operands = [this.operand(operator, node), this.operand(operator, node)];
    return operator === '&' ? andDomain(operands, source) : orDomain(operands, source);
  }

  private operand(operator: string, node: PyNode): DomainNode {
    if (this.index >= this.terms.length) {
      throw domainError(`'${operator}' is missing an operand (${operator === '!' ? 'one' : 'two'} expected)`, node);
    }
    return this.term();
  }
}

function isBareLeaf(elements: readonly PyNode[]): boolean {
  const operator = elements[1];
  return elements.length === 3 && elements[0].kind === 'str' && operator.kind === 'str' && normalizeDomainOperator(operator.value) !== undefined;
}

function parseLeaf(elements: readonly PyNode[], node: PyNode): DomainNode {
  if (elements.length !== 3) throw domainError(`a domain leaf must have 3 elements, found ${elements.length}: \`${short(node)}\``, node);
  const [left, operatorNode, right] = elements;
  const source = { pos: node.pos, file: node.file };
  const constant = constantLeaf(left, operatorNode, right);
  if (constant) return { kind: constant, ...source };
  if (left.kind !== 'str' || left.value === '') throw domainError(`a domain leaf must start with a field path string, found \`${short(left)}\``, left);
  const operator = leafOperator(operatorNode);
  return { kind: 'leaf', path: left.value, operator, value: leafValue(operator, right), ...source };
}

function constantLeaf(left: PyNode, operator: PyNode, right: PyNode): 'true' | 'false' | undefined {
  if (left.kind !== 'num' || operator.kind !== 'str' || operator.value !== '=' || right.kind !== 'num' || right.value !== 1) return undefined;
  if (left.value === 1) return 'true';
  if (left.value === 0) return 'false';
  return undefined;
}

function leafOperator(node: PyNode): DomainOperator {
  if (node.kind !== 'str') throw domainError(`a domain operator must be a string, found \`${short(node)}\``, node);
  const operator = normalizeDomainOperator(node.value);
  if (!operator) throw domainError(`unknown domain operator '${node.value}'`, node);
  return operator;
}

function leafValue(operator: DomainOperator, node: PyNode): DomainValue {
  if (SUBDOMAIN_OPERATORS.has(operator) && (node.kind === 'list' || node.kind === 'tuple')) {
    return { kind: 'domain', domain: parseDomain(node) };
  }
  return { kind: 'expression', node };
}

function domainError(reason: string, node: PyNode): DomainError {
  return new DomainError(reason, { pos: node.pos, file: node.file });
}

function short(node: PyNode): string {
  const text = formatPython(node);
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}
