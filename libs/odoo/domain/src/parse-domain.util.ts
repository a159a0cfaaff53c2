import { formatPython, parsePythonExpression, type PyNode, type SourceOrigin } from '@sightline/odoo-python';
import { DomainError } from './domain.error';
import { DOMAIN_TRUE } from './domain.factory';
import type { DomainNode, DomainOperator } from './domain-node.type';
import { normalizeDomainOperator } from './normalize-domain-operator.util';
import { finishOperand, MAX_DOMAIN_DEPTH, type PrefixErrors, type PrefixOperand, type PrefixTerm, readPrefixDomain } from './prefix-domain.reader';

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
  return finishOperand(readDomain(node, 0));
}


type DepthNode = PrefixOperand;

/** `above`: how many levels of an enclosing domain are above this one (for an `any` sub-domain). */
function readDomain(node: PyNode, above: number): DepthNode {
  if (node.kind !== 'list' && node.kind !== 'tuple') throw domainError(`a domain must be a list, found ${node.kind} \`${short(node)}\``, node);
  if (isBareLeaf(node.elements)) throw domainError(`a domain must be a list of terms, found a single leaf \`${short(node)}\``, node);
  // Term errors are raised in source order, before the structure is read.
  const terms = node.elements.map((element) => readTerm(element, above));
  return readPrefixDomain(terms, { pos: node.pos, file: node.file }, above, PARSE_ERRORS);
}

const PARSE_ERRORS: PrefixErrors<PyNode> = {
  missing: (operator, node) => domainError(`'${operator}' is missing an operand (${operator === '!' ? 'one' : 'two'} expected)`, node),
  tooDeep: (node) => domainError(`domain nested too deeply (more than ${MAX_DOMAIN_DEPTH} levels)`, node),
  sourceOf: (node) => ({ pos: node.pos, file: node.file }),
};

type Term = PrefixTerm<PyNode>;

function readTerm(node: PyNode, above: number): Term {
  if (node.kind === 'str') {
    const operator = node.value;
    if (operator !== '!' && operator !== '&' && operator !== '|') {
      throw domainError(`unknown domain operator '${operator}' (expected '&', '|' or '!')`, node);
    }
    return { operator, origin: node };
  }
  if (node.kind === 'tuple' || node.kind === 'list') return parseLeaf(node.elements, node, above);
  throw domainError(`a domain term must be '&', '|', '!' or a (field, operator, value) leaf, found ${node.kind} \`${short(node)}\``, node);
}

function isBareLeaf(elements: readonly PyNode[]): boolean {
  const operator = elements[1];
  return elements.length === 3 && elements[0].kind === 'str' && operator.kind === 'str' && normalizeDomainOperator(operator.value) !== undefined;
}

function parseLeaf(elements: readonly PyNode[], node: PyNode, above: number): DepthNode {
  if (elements.length !== 3) throw domainError(`a domain leaf must have 3 elements, found ${elements.length}: \`${short(node)}\``, node);
  const [left, operatorNode, right] = elements;
  const source = { pos: node.pos, file: node.file };
  const constant = constantLeaf(left, operatorNode, right);
  if (constant) return { node: { kind: constant, ...source }, depth: 0 };
  if (left.kind !== 'str' || left.value === '') throw domainError(`a domain leaf must start with a field path string, found \`${short(left)}\``, left);
  const operator = leafOperator(operatorNode);
  if (SUBDOMAIN_OPERATORS.has(operator) && (right.kind === 'list' || right.kind === 'tuple')) {
    if (above + 1 > MAX_DOMAIN_DEPTH) throw domainError(`domain nested too deeply (more than ${MAX_DOMAIN_DEPTH} levels)`, node);
    const sub = readDomain(right, above + 1);
    return { node: { kind: 'leaf', path: left.value, operator, value: { kind: 'domain', domain: finishOperand(sub) }, ...source }, depth: sub.depth + 1 };
  }
  return { node: { kind: 'leaf', path: left.value, operator, value: { kind: 'expression', node: right }, ...source }, depth: 0 };
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

function domainError(reason: string, node: PyNode): DomainError {
  return new DomainError(reason, { pos: node.pos, file: node.file });
}

function short(node: PyNode): string {
  const text = formatPython(node);
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}
