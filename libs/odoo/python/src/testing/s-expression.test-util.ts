import type { PyFStringPart, PyNode, PyParameter } from '../py-node.type';

/** A fully bracketed Lisp-like rendering of a tree, to assert structure and precedence in tables. */
export function sExpression(node: PyNode): string {
  const all = (nodes: readonly PyNode[]) => nodes.map(sExpression).join(' ');
  switch (node.kind) {
    case 'str': return JSON.stringify(node.value);
    case 'num': return String(node.value);
    case 'bool': return node.value ? 'True' : 'False';
    case 'none': return 'None';
    case 'name': return node.id;
    case 'list': return `(list ${all(node.elements)})`.replace(' )', ')');
    case 'tuple': return `(tuple ${all(node.elements)})`.replace(' )', ')');
    case 'set': return `(set ${all(node.elements)})`;
    case 'dict': return `(dict ${node.entries.map((e) => `${e.key ? sExpression(e.key) : '**'}:${sExpression(e.value)}`).join(' ')})`.replace(' )', ')');
    case 'attribute': return `(. ${sExpression(node.object)} ${node.name})`;
    case 'call': return `(call ${sExpression(node.func)}${node.args.length ? ' ' + all(node.args) : ''})`;
    case 'subscript': return `([] ${sExpression(node.object)} ${sExpression(node.index)})`;
    case 'slice': return `(slice ${[node.lower, node.upper, node.step].map((p) => (p ? sExpression(p) : '_')).join(' ')})`;
    case 'unary': return `(${node.op} ${sExpression(node.operand)})`;
    case 'binary': return `(${node.op} ${sExpression(node.left)} ${sExpression(node.right)})`;
    case 'boolop': return `(${node.op} ${all(node.values)})`;
    case 'compare': return `(${node.ops.join(',')} ${sExpression(node.left)} ${all(node.comparators)})`;
    case 'ifexp': return `(if ${sExpression(node.test)} ${sExpression(node.body)} ${sExpression(node.orelse)})`;
    case 'comprehension': {
      const loops = node.generators.map((g) => `(for ${sExpression(g.target)} ${sExpression(g.iter)}${g.ifs.map((c) => ' ' + sExpression(c)).join('')})`);
      return `(${node.type}-comp ${sExpression(node.element)}${node.value ? ' ' + sExpression(node.value) : ''} ${loops.join(' ')})`;
    }
    case 'starred': return `(* ${sExpression(node.value)})`;
    case 'keyword': return node.name === undefined ? `(** ${sExpression(node.value)})` : `(= ${node.name} ${sExpression(node.value)})`;
    case 'lambda': return `(lambda (${lambdaParameters(node.params)}) ${sExpression(node.body)})`;
    case 'fstring': return `(fstring${node.parts.map((part) => ' ' + fStringPart(part)).join('')})`;
  }
}

/** `x y=1 / *a k **kw`, with the `/` and bare `*` markers. */
function lambdaParameters(params: readonly PyParameter[]): string {
  const out: string[] = [];
  params.forEach((param, i) => {
    const previous = params[i - 1]?.kind;
    if (previous === 'positional-only' && param.kind !== 'positional-only') out.push('/');
    if (param.kind === 'keyword-only' && previous !== 'keyword-only' && previous !== 'var-positional') out.push('*');
    const prefix = { 'var-positional': '*', 'var-keyword': '**' }[param.kind as string] ?? '';
    out.push(`${prefix}${param.name}${param.default ? '=' + sExpression(param.default) : ''}`);
  });
  if (params.at(-1)?.kind === 'positional-only') out.push('/');
  return out.join(' ');
}

/** Text as JSON, a field as `{value !conversion :spec-parts}`. */
function fStringPart(part: PyFStringPart): string {
  if (typeof part === 'string') return JSON.stringify(part);
  const conversion = part.conversion ? ` !${part.conversion}` : '';
  const spec = part.formatSpec ? ` :(${part.formatSpec.map(fStringPart).join(' ')})` : '';
  return `{${sExpression(part.value)}${conversion}${spec}}`;
}
