import { bindLambdaArguments } from './bind-lambda-arguments.util';
import { describeNode } from './describe-node.util';
import { PyKeywordArguments } from './py-keyword-arguments';
import type {
  PyCall, PyComprehension, PyCompare, PyDict, PyFStringPart, PyFormattedValue, PyGenerator, PyLambda, PyNode, PySubscript, PyUnary,
} from './py-node.type';
import { PyTuple } from './py-value.type';
import { pythonAttribute } from './python-attribute.util';
import { pythonBinaryOperation } from './python-binary-operation.util';
import { PYTHON_BUILTINS } from './python-builtins';
import { pythonCompare } from './python-comparison.util';
import type { PythonEnvironment } from './python-environment.type';
import { PythonEvaluationError } from './python-evaluation.error';
import { PythonFault } from './python.fault';
import { pythonItem } from './python-item.util';
import { pythonItems } from './python-iteration.util';
import { pythonSlice } from './python-slice.util';
import { pythonAscii, pythonRepr, pythonStr } from './python-str.util';
import { isPythonTruthy } from './python-truth.util';
import { isPlainObject, pythonTypeName } from './python-type-name.util';

type Scope = ReadonlyMap<string, unknown>;
const NO_LOCALS: Scope = new Map();

/** Like Python's recursion limit: a lambda calling itself ends with a located error, not a stack overflow. */
export const MAX_EVALUATION_DEPTH = 800;
/** Nodes one evaluation may visit, so that one expression (nested comprehensions over `range`) cannot stall a read. */
export const MAX_EVALUATION_STEPS = 1_000_000;

/** Tree-walking evaluator; every failure becomes a PythonEvaluationError positioned at its node. */
export class PythonEvaluator {
  private depth = 0;
  private steps = 0;

  constructor(private readonly env: PythonEnvironment) {}

  evaluate(node: PyNode, scope: Scope = NO_LOCALS): unknown {
    // A lambda called after the evaluation that made it (e.g. by the caller) starts a new budget.
    if (this.depth === 0) this.steps = 0;
    if (this.depth >= MAX_EVALUATION_DEPTH) throw new PythonEvaluationError('maximum recursion depth exceeded', node);
    if (++this.steps > MAX_EVALUATION_STEPS) {
      throw new PythonEvaluationError(`evaluation too long (more than ${MAX_EVALUATION_STEPS} steps)`, node);
    }
    this.depth++;
    try {
      return this.evaluateNode(node, scope);
    } catch (error) {
      if (error instanceof PythonEvaluationError) throw error;
      if (error instanceof PythonFault) throw new PythonEvaluationError(`${error.reason} in ${describeNode(node)}`, node);
      const reason = error instanceof Error ? error.message : String(error);
      throw Object.assign(new PythonEvaluationError(`${reason} in ${describeNode(node)}`, node), { cause: error });
    } finally {
      this.depth--;
    }
  }

  private evaluateNode(node: PyNode, scope: Scope): unknown {
    switch (node.kind) {
      case 'str': case 'num': case 'bool': return node.value;
      case 'fstring': return this.fString(node.parts, scope);
      case 'none': return null;
      case 'name': return this.lookup(node.id, scope);
      case 'list': return this.sequence(node.elements, scope);
      case 'tuple': return new PyTuple(this.sequence(node.elements, scope));
      case 'set': return new Set(this.sequence(node.elements, scope));
      case 'dict': return this.dict(node, scope);
      case 'attribute': return this.attribute(this.evaluate(node.object, scope), node.name);
      case 'call': return this.call(node, scope);
      case 'subscript': return this.subscript(node, scope);
      default: return this.evaluateOperation(node, scope);
    }
  }

  private evaluateOperation(node: PyNode, scope: Scope): unknown {
    switch (node.kind) {
      case 'unary': return this.unary(node, scope);
      case 'binary': return pythonBinaryOperation(node.op, this.evaluate(node.left, scope), this.evaluate(node.right, scope));
      case 'boolop': return this.booleanOperation(node.op, node.values, scope);
      case 'compare': return this.compare(node, scope);
      case 'ifexp': return this.evaluate(isPythonTruthy(this.evaluate(node.test, scope)) ? node.body : node.orelse, scope);
      case 'comprehension': return this.comprehension(node, scope);
      case 'lambda': return this.lambda(node, scope);
      default: throw new PythonFault(`${node.kind} is only valid inside a call or a display`);
    }
  }

  private lookup(name: string, scope: Scope): unknown {
    if (scope.has(name)) return scope.get(name);
    const names = this.env.names;
    if (names instanceof Map) {
      if (names.has(name)) return names.get(name);
    } else if (Object.hasOwn(names, name)) {
      return (names as Record<string, unknown>)[name];
    }
    if (this.env.builtins !== false && Object.hasOwn(PYTHON_BUILTINS, name)) return PYTHON_BUILTINS[name];
    throw new PythonFault(`name '${name}' is not defined`);
  }

  private attribute(target: unknown, name: string): unknown {
    const custom = this.env.getAttribute?.(target, name);
    return custom !== undefined ? custom : pythonAttribute(target, name);
  }

  private sequence(elements: readonly PyNode[], scope: Scope): unknown[] {
    return elements.flatMap((element) =>
      element.kind === 'starred' ? pythonItems(this.evaluate(element.value, scope)) : [this.evaluate(element, scope)],
    );
  }

  private dict(node: PyDict, scope: Scope): Record<string, unknown> {
    const entries: [string, unknown][] = [];
    for (const entry of node.entries) {
      if (entry.key) entries.push([this.dictKey(entry.key, scope), this.evaluate(entry.value, scope)]);
      else entries.push(...Object.entries(this.mapping(entry.value, scope)));
    }
    return Object.fromEntries(entries);
  }

  private dictKey(node: PyNode, scope: Scope): string {
    const key = this.evaluate(node, scope);
    if (typeof key === 'string') return key;
    if (typeof key === 'number') return String(key);
    if (typeof key === 'boolean' || key === null) return key === null ? 'None' : key ? 'True' : 'False';
    throw new PythonEvaluationError(`unsupported dict key of type '${pythonTypeName(key)}' in ${describeNode(node)}`, node);
  }

  private mapping(node: PyNode, scope: Scope): Record<string, unknown> {
    const value = this.evaluate(node, scope);
    if (value instanceof Map) return Object.fromEntries(value);
    if (isPlainObject(value)) return value;
    throw new PythonEvaluationError(`argument after ** must be a mapping, not ${pythonTypeName(value)}`, node);
  }

  private call(node: PyCall, scope: Scope): unknown {
    const callee = this.evaluate(node.func, scope);
    if (typeof callee !== 'function') throw new PythonFault(`'${pythonTypeName(callee)}' object is not callable`);
    const positional: unknown[] = [];
    const keywords: Record<string, unknown> = {};
    for (const arg of node.args) {
      if (arg.kind === 'starred') positional.push(...pythonItems(this.evaluate(arg.value, scope)));
      else if (arg.kind !== 'keyword') positional.push(this.evaluate(arg, scope));
      else if (arg.name !== undefined) keywords[arg.name] = this.evaluate(arg.value, scope);
      else Object.assign(keywords, this.mapping(arg.value, scope));
    }
    const hasKeywords = Object.keys(keywords).length > 0;
    return callee(...positional, ...(hasKeywords ? [new PyKeywordArguments(keywords)] : []));
  }

  private subscript(node: PySubscript, scope: Scope): unknown {
    const target = this.evaluate(node.object, scope);
    const index = node.index;
    if (index.kind !== 'slice') return pythonItem(target, this.evaluate(index, scope));
    const part = (p?: PyNode) => (p ? this.evaluate(p, scope) : undefined);
    return pythonSlice(target, part(index.lower), part(index.upper), part(index.step));
  }

  private unary(node: PyUnary, scope: Scope): unknown {
    const value = this.evaluate(node.operand, scope);
    if (node.op === 'not') return !isPythonTruthy(value);
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw new PythonFault(`bad operand type for unary ${node.op}: '${pythonTypeName(value)}'`);
    }
    const n = Number(value);
    if (node.op === '~') return -n - 1;
    return node.op === '-' ? -n : n;
  }

  private booleanOperation(op: 'and' | 'or', values: readonly PyNode[], scope: Scope): unknown {
    let result: unknown;
    for (const value of values) {
      result = this.evaluate(value, scope);
      if (isPythonTruthy(result) === (op === 'or')) return result;
    }
    return result;
  }

  private compare(node: PyCompare, scope: Scope): boolean {
    let left = this.evaluate(node.left, scope);
    for (let i = 0; i < node.ops.length; i++) {
      const right = this.evaluate(node.comparators[i], scope);
      if (!pythonCompare(node.ops[i], left, right)) return false;
      left = right;
    }
    return true;
  }

  private comprehension(node: PyComprehension, scope: Scope): unknown {
    const results: unknown[] = [];
    this.iterate(node.generators, 0, scope, (inner) => {
      results.push(node.value ? new PyTuple([this.evaluate(node.element, inner), this.evaluate(node.value, inner)]) : this.evaluate(node.element, inner));
    });
    if (node.type === 'set') return new Set(results);
    if (node.type !== 'dict') return results;
    return Object.fromEntries((results as PyTuple<unknown>[]).map((pair) => [String(pair.items[0]), pair.items[1]]));
  }

  private iterate(generators: readonly PyGenerator[], at: number, scope: Scope, emit: (scope: Scope) => void): void {
    if (at === generators.length) return emit(scope);
    const generator = generators[at];
    for (const item of pythonItems(this.evaluate(generator.iter, scope))) {
      const inner = new Map(scope);
      this.bind(generator.target, item, inner);
      if (generator.ifs.every((test) => isPythonTruthy(this.evaluate(test, inner)))) this.iterate(generators, at + 1, inner, emit);
    }
  }

  private bind(target: PyNode, value: unknown, scope: Map<string, unknown>): void {
    if (target.kind === 'name') {
      scope.set(target.id, value);
      return;
    }
    if (target.kind !== 'tuple' && target.kind !== 'list') throw new PythonEvaluationError(`cannot assign to ${describeNode(target)}`, target);
    const items = pythonItems(value);
    if (items.length !== target.elements.length) {
      throw new PythonEvaluationError(`cannot unpack ${items.length} values into ${target.elements.length} names`, target);
    }
    target.elements.forEach((element, i) => this.bind(element, items[i], scope));
  }

  private lambda(node: PyLambda, scope: Scope): (...args: unknown[]) => unknown {
    const defaults = new Map(node.params.flatMap((p) => (p.default ? [[p.name, this.evaluate(p.default, scope)] as const] : [])));
    return (...args: unknown[]) => {
      const inner = new Map(scope);
      bindLambdaArguments(node.params, defaults, args, inner);
      return this.evaluate(node.body, inner);
    };
  }

  private fString(parts: readonly PyFStringPart[], scope: Scope): string {
    return parts.map((part) => (typeof part === 'string' ? part : this.formattedValue(part, scope))).join('');
  }

  private formattedValue(field: PyFormattedValue, scope: Scope): string {
    const value = this.evaluate(field.value, scope);
    const spec = field.formatSpec ? this.fString(field.formatSpec, scope) : '';
    if (spec !== '') throw new PythonFault(`format spec '${spec}' is not supported`);
    if (field.conversion === 'r') return pythonRepr(value);
    return field.conversion === 'a' ? pythonAscii(value) : pythonStr(value);
  }
}
