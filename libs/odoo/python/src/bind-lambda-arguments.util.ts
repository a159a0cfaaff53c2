import type { PyParameter } from './py-node.type';
import { PyKeywordArguments } from './py-keyword-arguments';
import { PyTuple } from './py-value.type';
import { PythonFault } from './python.fault';

/**
 * Binds the JS arguments of a lambda call (positional ones, then an optional
 * {@link PyKeywordArguments}) to its parameters as Python does; `defaults` holds the default
 * values, evaluated when the lambda was created. Writes the bindings into `scope`.
 * @throws PythonFault for missing, surplus, duplicated or unexpected arguments.
 */
export function bindLambdaArguments(
  params: readonly PyParameter[],
  defaults: ReadonlyMap<string, unknown>,
  args: readonly unknown[],
  scope: Map<string, unknown>,
): void {
  const { positional, keywords } = PyKeywordArguments.split(args);
  const bound = new Set<string>();
  const bind = (name: string, value: unknown) => {
    if (bound.has(name)) throw new PythonFault(`<lambda>() got multiple values for argument '${name}'`);
    bound.add(name);
    scope.set(name, value === undefined ? null : value);
  };
  bindPositional(params, positional, bind);
  bindKeywords(params, keywords, bind);
  const missing = (kind: PyParameter['kind']) => params.filter((p) => p.kind === kind && !bound.has(p.name) && !defaults.has(p.name));
  const positionalMissing = [...missing('positional-only'), ...missing('positional')];
  if (positionalMissing.length) throw missingFault(positionalMissing, 'positional');
  const keywordMissing = missing('keyword-only');
  if (keywordMissing.length) throw missingFault(keywordMissing, 'keyword-only');
  for (const [name, value] of defaults) if (!bound.has(name)) bind(name, value);
}

function bindPositional(params: readonly PyParameter[], values: readonly unknown[], bind: (name: string, value: unknown) => void): void {
  const slots = params.filter((p) => p.kind === 'positional-only' || p.kind === 'positional');
  slots.slice(0, values.length).forEach((param, i) => bind(param.name, values[i]));
  const rest = params.find((p) => p.kind === 'var-positional');
  if (rest) bind(rest.name, new PyTuple(values.slice(slots.length)));
  else if (values.length > slots.length) {
    const takes = `${slots.length} positional argument${slots.length === 1 ? '' : 's'}`;
    throw new PythonFault(`<lambda>() takes ${takes} but ${values.length} ${values.length === 1 ? 'was' : 'were'} given`);
  }
}

function bindKeywords(params: readonly PyParameter[], keywords: Readonly<Record<string, unknown>>, bind: (name: string, value: unknown) => void): void {
  const rest = params.find((p) => p.kind === 'var-keyword');
  const extra: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(keywords)) {
    const param = params.find((p) => p.name === name && (p.kind === 'positional' || p.kind === 'keyword-only'));
    if (param) bind(name, value);
    else if (rest) Object.defineProperty(extra, name, { value, enumerable: true, writable: true, configurable: true });
    else if (params.some((p) => p.name === name && p.kind === 'positional-only')) {
      throw new PythonFault(`<lambda>() got some positional-only arguments passed as keyword arguments: '${name}'`);
    } else {
      throw new PythonFault(`<lambda>() got an unexpected keyword argument '${name}'`);
    }
  }
  if (rest) bind(rest.name, extra);
}

function missingFault(params: readonly PyParameter[], kind: 'positional' | 'keyword-only'): PythonFault {
  const names = params.map((p) => `'${p.name}'`);
  const list = names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
  const count = `${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}`;
  return new PythonFault(`<lambda>() missing ${count}: ${list}`);
}
