import { evaluatePython, literalValue, parsePythonExpression, PythonEvaluationError, PythonSourceError, PyTuple, type PyNode } from '@sightline/odoo-python';
import { logicalLinePosition } from './logical-line-position.util';
import type { PythonLogicalLine } from './python-logical-line.type';

/** `NAME = value` (or `NAME: T = value`) at module level. */
const CONSTANT = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)[ \t]*/;
/** `def name(params):` at module level. */
const FUNCTION = /^def[ \t]+([A-Za-z_]\w*)[ \t]*\(([\s\S]*)\)[ \t]*(?:->[^:]*)?:[ \t]*$/;
const RETURN = /^return[ \t]+/;
const DOCSTRING = /^[rRuU]?(?:'''|"""|'|")/;

/**
 * What module-level code a class body may use, evaluated only when asked: string constants
 * (`PREFIX = 'hr.'`, `%`, f-strings and `+` over them) and helpers whose body returns one
 * expression (`def model(suffix): return 'base_import.%s' % suffix`). Anything else is unknown.
 */
export class PythonModuleScope {
  private readonly sources = new Map<string, () => PyNode>();
  private readonly names = new LazyNames(this);

  constructor(lines: readonly PythonLogicalLine[], file: string) {
    lines.forEach((line, index) => {
      if (line.indent > 0) return;
      const constant = CONSTANT.exec(line.text);
      if (constant) return this.define(constant[1], () => parse(line, constant[0].length, file));
      const helper = FUNCTION.exec(line.text);
      const body = helper && returnedExpression(lines, index);
      if (helper && body) this.define(helper[1], () => lambdaNode(helper[2], body, file));
    });
  }

  /**
   * The value of an expression over module-level names.
   * @throws PythonEvaluationError naming the position when it cannot be evaluated statically.
   */
  evaluate(node: PyNode): unknown {
    return evaluatePython(node, { names: this.names });
  }

  /**
   * The node itself when it is a literal; else, when module-level names make it one, the literal
   * it evaluates to (`model('char')` → `'base_import.char'`), at the same position; else the node.
   */
  resolve(node: PyNode): PyNode {
    if (isLiteral(node)) return node;
    try {
      return literalNode(this.evaluate(node), node) ?? node;
    } catch (error) {
      if (error instanceof PythonSourceError) return node;
      throw error;
    }
  }

  has(name: string): boolean {
    return this.sources.has(name);
  }

  node(name: string): PyNode | undefined {
    return this.sources.get(name)?.();
  }

  private define(name: string, source: () => PyNode): void {
    let node: PyNode | undefined;
    this.sources.set(name, () => (node ??= source()));
  }
}

/** A Map whose entries are the module's names, each evaluated on first use; cycles and failures read as absent. */
class LazyNames extends Map<string, unknown> {
  private readonly evaluating = new Set<string>();
  private readonly unknown = new Set<string>();

  constructor(private readonly scope: PythonModuleScope) {
    super();
  }

  override has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  override get(name: string): unknown {
    if (super.has(name)) return super.get(name);
    if (this.unknown.has(name) || this.evaluating.has(name) || !this.scope.has(name)) return undefined;
    this.evaluating.add(name);
    try {
      const value = this.scope.evaluate(this.scope.node(name)!);
      super.set(name, value);
      return value;
    } catch (error) {
      if (!(error instanceof PythonSourceError)) throw error;
      this.unknown.add(name);
      return undefined;
    } finally {
      this.evaluating.delete(name);
    }
  }
}

function parse(line: PythonLogicalLine, offset: number, file: string): PyNode {
  return parsePythonExpression(line.text.slice(offset), { ...logicalLinePosition(line, offset), file });
}

/** The body of `def` at `index` when it is one `return expr` (after an optional docstring). */
function returnedExpression(lines: readonly PythonLogicalLine[], index: number): PythonLogicalLine | undefined {
  const body: PythonLogicalLine[] = [];
  for (let i = index + 1; i < lines.length && lines[i].indent > 0; i++) body.push(lines[i]);
  const statements = body.filter((line, i) => !(i === 0 && DOCSTRING.test(line.text)));
  const [only] = statements;
  if (statements.length !== 1 || !RETURN.test(only.text)) return undefined;
  return only;
}

function lambdaNode(params: string, body: PythonLogicalLine, file: string): PyNode {
  const offset = RETURN.exec(body.text)![0].length;
  const expression = parse(body, offset, file);
  const lambda = parsePythonExpression(`lambda ${params.replace(/\s+/g, ' ')}: None`, { line: body.line, column: body.column, file });
  if (lambda.kind !== 'lambda') throw new PythonEvaluationError('not a helper function', lambda);
  return { ...lambda, body: expression };
}

function isLiteral(node: PyNode): boolean {
  try {
    literalValue(node);
    return true;
  } catch (error) {
    if (error instanceof PythonSourceError) return false;
    throw error;
  }
}

/** A value made of strings, numbers, booleans, None, lists and tuples as a node at `at`'s position; undefined for anything else. */
function literalNode(value: unknown, at: PyNode): PyNode | undefined {
  const base = { pos: at.pos, ...(at.file === undefined ? {} : { file: at.file }) };
  if (typeof value === 'string') return { ...base, kind: 'str', value };
  if (typeof value === 'boolean') return { ...base, kind: 'bool', value };
  if (value === null) return { ...base, kind: 'none' };
  if (typeof value === 'number') return { ...base, kind: 'num', value, raw: String(value), isFloat: !Number.isInteger(value) };
  const items = Array.isArray(value) ? value : value instanceof PyTuple ? value.items : undefined;
  if (!items) return undefined;
  const elements = items.map((item) => literalNode(item, at));
  if (elements.some((element) => element === undefined)) return undefined;
  return { ...base, kind: Array.isArray(value) ? 'list' : 'tuple', elements: elements as PyNode[] };
}
