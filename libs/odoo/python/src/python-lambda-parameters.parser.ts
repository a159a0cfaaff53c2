import type { PyNode, PyParameter, PyParameterKind } from './py-node.type';
import type { PythonTokenStream } from './python-token-stream';
import type { PythonToken } from './python-token.type';

interface ParameterDraft {
  readonly name: string;
  kind: PyParameterKind;
  readonly default?: PyNode;
  readonly token: PythonToken;
}

/**
 * Parses lambda parameters up to (not including) the `:`: `x`, `x=1`, `/`, `*`, `*args`, keyword-only
 * parameters, `**kw`, with the checks Python's compiler makes (order, defaults, duplicates).
 */
export function parseLambdaParameters(tokens: PythonTokenStream, name: () => string, defaultValue: () => PyNode): PyParameter[] {
  const params: ParameterDraft[] = [];
  let star: PythonToken | undefined;
  let slash = false;
  let sawDefault = false;
  while (!tokens.at(':')) {
    const token = tokens.current;
    if (tokens.accept('/')) {
      if (star) throw tokens.error('/ must be ahead of *', token);
      if (slash) throw tokens.error('/ may appear only once', token);
      if (params.length === 0) throw tokens.error('at least one argument must precede /', token);
      slash = true;
      for (const param of params) param.kind = 'positional-only';
    } else if (tokens.accept('**')) {
      params.push({ name: name(), kind: 'var-keyword', token });
      tokens.accept(',');
      if (!tokens.at(':')) throw tokens.error('arguments cannot follow var-keyword argument');
      break;
    } else if (tokens.accept('*')) {
      if (star) throw tokens.error('* argument may appear only once', token);
      star = token;
      if (!tokens.at(',') && !tokens.at(':')) params.push({ name: name(), kind: 'var-positional', token });
    } else {
      const param = parameter(token, star ? 'keyword-only' : 'positional', name, () => (tokens.accept('=') ? defaultValue() : undefined));
      if (param.kind === 'positional' && !param.default && sawDefault) {
        throw tokens.error('parameter without a default follows parameter with a default', token);
      }
      sawDefault ||= param.default !== undefined;
      params.push(param);
    }
    if (!tokens.accept(',')) break;
  }
  if (star && !params.some((p) => p.kind === 'var-positional' || p.kind === 'keyword-only')) {
    throw tokens.error('named arguments must follow bare *', star);
  }
  checkDuplicates(tokens, params);
  return params.map(({ name, kind, default: value }) => (value ? { name, kind, default: value } : { name, kind }));
}

function parameter(token: PythonToken, kind: PyParameterKind, name: () => string, defaultValue: () => PyNode | undefined): ParameterDraft {
  const id = name();
  const value = defaultValue();
  return value ? { name: id, kind, default: value, token } : { name: id, kind, token };
}

function checkDuplicates(tokens: PythonTokenStream, params: readonly ParameterDraft[]): void {
  const seen = new Set<string>();
  for (const param of params) {
    if (seen.has(param.name)) throw tokens.error(`duplicate argument '${param.name}' in function definition`, param.token);
    seen.add(param.name);
  }
}
