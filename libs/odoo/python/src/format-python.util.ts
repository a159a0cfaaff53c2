import { renderFString } from './format-fstring.util';
import type { PyBinaryOperator, PyComprehension, PyNode, PyParameter } from './py-node.type';
import { pythonStringRepr } from './python-repr.util';

const ATOM = 16;
const BINARY_PRECEDENCE: Readonly<Record<PyBinaryOperator, number>> = {
  '|': 6, '^': 7, '&': 8, '<<': 9, '>>': 9, '+': 10, '-': 10, '*': 11, '/': 11, '//': 11, '%': 11, '@': 11, '**': 13,
};

/** Renders a node back to Python source in a canonical form (single quotes, `, ` separators). */
export function formatPython(node: PyNode): string {
  return format(node, 0);
}

function format(node: PyNode, minimum: number): string {
  const text = render(node);
  return precedence(node) < minimum ? `(${text})` : text;
}

function precedence(node: PyNode): number {
  switch (node.kind) {
    case 'lambda': return 0;
    case 'ifexp': return 1;
    case 'boolop': return node.op === 'or' ? 2 : 3;
    case 'unary': return node.op === 'not' ? 4 : 12;
    case 'compare': return 5;
    case 'binary': return BINARY_PRECEDENCE[node.op];
    case 'attribute': case 'call': case 'subscript': return 14;
    case 'num': return node.value < 0 ? 12 : ATOM;
    default: return ATOM;
  }
}

function render(node: PyNode): string {
  switch (node.kind) {
    case 'str': return (node.bytes ? 'b' : '') + pythonStringRepr(node.value);
    case 'fstring': return renderFString(node.parts, (value) => format(value, 1));
    case 'num': return node.raw;
    case 'bool': return node.value ? 'True' : 'False';
    case 'none': return 'None';
    case 'name': return node.id;
    case 'list': return `[${list(node.elements)}]`;
    case 'tuple': return node.elements.length === 1 ? `(${format(node.elements[0], 1)},)` : `(${list(node.elements)})`;
    case 'set': return `{${list(node.elements)}}`;
    case 'dict': return `{${node.entries.map((e) => (e.key ? `${format(e.key, 1)}: ` : '**') + format(e.value, 1)).join(', ')}}`;
    case 'attribute': return `${format(node.object, 14)}.${node.name}`;
    case 'call': return `${format(node.func, 14)}(${list(node.args)})`;
    case 'subscript': return `${format(node.object, 14)}[${node.index.kind === 'tuple' ? list(node.index.elements) : format(node.index, 0)}]`;
    case 'slice': return [node.lower, node.upper, node.step].slice(0, node.step ? 3 : 2).map((p) => (p ? format(p, 1) : '')).join(':');
    default: return renderOperation(node);
  }
}

function renderOperation(node: PyNode): string {
  switch (node.kind) {
    case 'unary': return node.op === 'not' ? `not ${format(node.operand, 4)}` : `${node.op}${format(node.operand, 12)}`;
    case 'binary': return renderBinary(node.op, node.left, node.right);
    case 'boolop': return node.values.map((v) => format(v, precedence(node) + 1)).join(` ${node.op} `);
    case 'compare': return [format(node.left, 6), ...node.ops.map((op, i) => `${op} ${format(node.comparators[i], 6)}`)].join(' ');
    case 'ifexp': return `${format(node.body, 2)} if ${format(node.test, 2)} else ${format(node.orelse, 1)}`;
    case 'comprehension': return renderComprehension(node);
    case 'starred': return `*${format(node.value, 6)}`;
    case 'keyword': return node.name === undefined ? `**${format(node.value, 1)}` : `${node.name}=${format(node.value, 1)}`;
    case 'lambda': return `lambda${node.params.length ? ' ' + renderParameters(node.params) : ''}: ${format(node.body, 0)}`;
    default: throw new Error(`cannot format node of kind '${node.kind}'`);
  }
}

/** Parameters with the `/` and bare `*` markers their kinds imply. */
function renderParameters(params: readonly PyParameter[]): string {
  const out: string[] = [];
  params.forEach((param, i) => {
    const previous = params[i - 1]?.kind;
    if (previous === 'positional-only' && param.kind !== 'positional-only') out.push('/');
    if (param.kind === 'keyword-only' && previous !== 'keyword-only' && previous !== 'var-positional') out.push('*');
    const prefix = param.kind === 'var-positional' ? '*' : param.kind === 'var-keyword' ? '**' : '';
    out.push(prefix + param.name + (param.default ? `=${format(param.default, 1)}` : ''));
  });
  if (params.at(-1)?.kind === 'positional-only') out.push('/');
  return out.join(', ');
}

function renderBinary(op: PyBinaryOperator, left: PyNode, right: PyNode): string {
  const level = BINARY_PRECEDENCE[op];
  if (op === '**') return `${format(left, 14)} ** ${format(right, 12)}`;
  return `${format(left, level)} ${op} ${format(right, level + 1)}`;
}

function renderComprehension(node: PyComprehension): string {
  const head = node.value ? `${format(node.element, 1)}: ${format(node.value, 1)}` : format(node.element, 1);
  const loops = node.generators.map((g) => {
    const target = g.target.kind === 'tuple' ? list(g.target.elements) : format(g.target, 6);
    const ifs = g.ifs.map((c) => ` if ${format(c, 2)}`).join('');
    return ` for ${target} in ${format(g.iter, 2)}${ifs}`;
  });
  const [open, close] = { list: '[]', set: '{}', dict: '{}', generator: '()' }[node.type];
  return `${open}${head}${loops.join('')}${close}`;
}

function list(nodes: readonly PyNode[]): string {
  return nodes.map((n) => format(n, 1)).join(', ');
}
