import type { PyBinaryOperator, PyCompareOperator, PyNode, PyUnaryOperator } from './py-node.type';
import { PYTHON_KEYWORDS } from './python-keywords';
import { parseLambdaParameters } from './python-lambda-parameters.parser';
import { MAX_NODE_DEPTH, recordNodeDepth } from './python-node-depth.util';
import { PythonSyntaxError } from './python-syntax.error';
import type { PythonTokenStream } from './python-token-stream';
import type { SourcePosition } from './source-location.type';

export type NodeFields<T> = T extends PyNode ? Omit<T, 'pos' | 'file'> : never;

const BINARY_LEVELS: readonly (readonly PyBinaryOperator[])[] = [
  ['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@'],
];
const COMPARE_OPERATORS = new Set(['<', '>', '==', '>=', '<=', '!=']);
const UNARY_OPERATORS = new Set(['-', '+', '~']);
/**
 * How deeply the parser may recurse (nested brackets, `not`, unary operators, `**`, lambdas,
 * conditional expressions, f-string fields), like CPython's parser stack limit: deeper input is a
 * located syntax error, never a stack overflow.
 */
export const MAX_NESTING = 200;

/**
 * The operator levels of the Python grammar, from `lambda` and conditional expressions down to
 * `**`; subclasses parse the primaries (atoms, calls, attributes, subscripts, displays).
 */
export abstract class PythonOperatorParser {
  /**
   * @param nesting how deeply the parser that made this one was nested (an f-string field's
   *   expression is parsed by a parser of its own), so the limit holds for the whole expression.
   */
  constructor(
    protected readonly tokens: PythonTokenStream,
    protected nesting = 0,
  ) {}

  protected abstract primary(): PyNode;

  protected abstract identifier(): string;

  protected make<T extends PyNode>(pos: SourcePosition, fields: NodeFields<T>): T {
    const file = this.tokens.file;
    const node = (file === undefined ? { ...fields, pos } : { ...fields, pos, file }) as unknown as T;
    if (recordNodeDepth(node) > MAX_NODE_DEPTH) throw new PythonSyntaxError('expression nested too deeply', pos, file);
    return node;
  }

  /** Runs a parsing step that recurses, within {@link MAX_NESTING}. */
  protected nested<T>(parse: () => T): T {
    if (this.nesting >= MAX_NESTING) throw this.tokens.error('expression nested too deeply');
    this.nesting++;
    try {
      return parse();
    } finally {
      this.nesting--;
    }
  }

  protected expressionList(): PyNode {
    const first = this.starOrExpression();
    if (!this.tokens.at(',')) return first;
    const elements = [first];
    while (this.tokens.accept(',') && this.startsExpression()) elements.push(this.starOrExpression());
    return this.make(first.pos, { kind: 'tuple', elements });
  }

  protected startsExpression(): boolean {
    const token = this.tokens.current;
    if (token.kind === 'string' || token.kind === 'number') return true;
    if (token.kind === 'name') return !PYTHON_KEYWORDS.has(token.text) || ['not', 'lambda', 'True', 'False', 'None'].includes(token.text);
    return token.kind === 'op' && ['(', '[', '{', '-', '+', '~', '*'].includes(token.text);
  }

  protected starOrExpression(): PyNode {
    const star = this.tokens.accept('*');
    if (!star) return this.expression();
    return this.make(star.pos, { kind: 'starred', value: this.bitOr() });
  }

  protected expression(): PyNode {
    return this.nested(() => this.unnestedExpression());
  }

  private unnestedExpression(): PyNode {
    if (this.tokens.at('lambda')) return this.lambda();
    const body = this.orTest();
    if (!this.tokens.accept('if')) return body;
    const test = this.orTest();
    this.tokens.expect('else', "expected 'else' in conditional expression");
    return this.make(body.pos, { kind: 'ifexp', test, body, orelse: this.expression() });
  }

  private lambda(): PyNode {
    const start = this.tokens.next();
    const params = parseLambdaParameters(this.tokens, () => this.identifier(), () => this.expression());
    this.tokens.expect(':', "expected ':' after lambda parameters");
    return this.make(start.pos, { kind: 'lambda', params, body: this.expression() });
  }

  protected orTest(): PyNode {
    return this.booleanChain('or', () => this.andTest());
  }

  private andTest(): PyNode {
    return this.booleanChain('and', () => this.notTest());
  }

  private booleanChain(op: 'and' | 'or', operand: () => PyNode): PyNode {
    const first = operand();
    if (!this.tokens.at(op)) return first;
    const values = [first];
    while (this.tokens.accept(op)) values.push(operand());
    return this.make(first.pos, { kind: 'boolop', op, values });
  }

  private notTest(): PyNode {
    const not = this.tokens.accept('not');
    if (!not) return this.comparison();
    return this.make(not.pos, { kind: 'unary', op: 'not', operand: this.nested(() => this.notTest()) });
  }

  private comparison(): PyNode {
    const left = this.bitOr();
    const ops: PyCompareOperator[] = [];
    const comparators: PyNode[] = [];
    for (let op = this.compareOperator(); op; op = this.compareOperator()) {
      ops.push(op);
      comparators.push(this.bitOr());
    }
    return ops.length === 0 ? left : this.make(left.pos, { kind: 'compare', left, ops, comparators });
  }

  private compareOperator(): PyCompareOperator | undefined {
    const token = this.tokens.current;
    if (token.kind === 'op' && COMPARE_OPERATORS.has(token.text)) return this.tokens.next().text as PyCompareOperator;
    if (this.tokens.accept('in')) return 'in';
    if (this.tokens.at('not') && this.tokens.at('in', this.tokens.peek())) {
      this.tokens.next();
      this.tokens.next();
      return 'not in';
    }
    if (!this.tokens.accept('is')) return undefined;
    return this.tokens.accept('not') ? 'is not' : 'is';
  }

  protected bitOr(): PyNode {
    return this.binaryLevel(0);
  }

  private binaryLevel(level: number): PyNode {
    if (level === BINARY_LEVELS.length) return this.factor();
    let left = this.binaryLevel(level + 1);
    for (let op = this.binaryOperator(level); op; op = this.binaryOperator(level)) {
      left = this.make(left.pos, { kind: 'binary', op, left, right: this.binaryLevel(level + 1) });
    }
    return left;
  }

  private binaryOperator(level: number): PyBinaryOperator | undefined {
    const token = this.tokens.current;
    if (token.kind !== 'op' || !BINARY_LEVELS[level].includes(token.text as PyBinaryOperator)) return undefined;
    return this.tokens.next().text as PyBinaryOperator;
  }

  private factor(): PyNode {
    const token = this.tokens.current;
    if (token.kind !== 'op' || !UNARY_OPERATORS.has(token.text)) return this.power();
    this.tokens.next();
    return this.make(token.pos, { kind: 'unary', op: token.text as PyUnaryOperator, operand: this.nested(() => this.factor()) });
  }

  private power(): PyNode {
    const base = this.primary();
    if (!this.tokens.accept('**')) return base;
    return this.make(base.pos, { kind: 'binary', op: '**', left: base, right: this.nested(() => this.factor()) });
  }
}
