import type { PyDictEntry, PyFString, PyFStringPart, PyGenerator, PyNode, PyStr } from './py-node.type';
import { appendFStringParts, appendFStringText } from './python-fstring.parser';
import { PYTHON_KEYWORDS } from './python-keywords';
import { type NodeFields, PythonOperatorParser } from './python-operator.parser';
import { PythonSyntaxError } from './python-syntax.error';
import { PythonTokenStream } from './python-token-stream';
import type { PythonToken } from './python-token.type';
import type { SourcePosition } from './source-location.type';

/** Recursive-descent parser for Python expressions, following the precedence of the Python grammar. */
export class PythonExpressionParser extends PythonOperatorParser {
  /** The whole input as one expression (a bare `a, b` is a tuple), blank lines allowed around it. */
  parseInput(): PyNode {
    this.tokens.skipNewlines();
    const node = this.expressionList();
    this.tokens.skipNewlines();
    if (this.tokens.current.kind !== 'eof') throw this.tokens.unexpected('expected end of input');
    return node;
  }

  /** A module made of expression statements only; returns the last one. */
  parseModuleLastExpression(): PyNode {
    let last: PyNode | undefined;
    this.tokens.skipNewlines();
    while (this.tokens.current.kind !== 'eof') {
      last = this.expressionList();
      const end = this.tokens.peek(0).kind;
      if (end !== 'newline' && end !== 'eof' && !this.tokens.accept(';')) {
        throw this.tokens.unexpected('expected end of statement');
      }
      this.tokens.skipNewlines();
    }
    if (!last) throw this.tokens.error('no expression found');
    return last;
  }

  protected primary(): PyNode {
    let node = this.atom();
    for (;;) {
      if (this.tokens.accept('.')) node = this.make(node.pos, { kind: 'attribute', object: node, name: this.identifier() });
      else if (this.tokens.accept('(')) node = this.make(node.pos, { kind: 'call', func: node, args: this.callArguments() });
      else if (this.tokens.accept('[')) node = this.make(node.pos, { kind: 'subscript', object: node, index: this.subscriptIndex() });
      else return node;
    }
  }

  protected identifier(): string {
    const token = this.tokens.current;
    if (token.kind !== 'name' || PYTHON_KEYWORDS.has(token.text)) throw this.tokens.unexpected('expected a name');
    return this.tokens.next().text;
  }

  private callArguments(): PyNode[] {
    const args: PyNode[] = [];
    let sawKeyword = false;
    while (!this.tokens.accept(')')) {
      const arg = this.callArgument();
      if (arg.kind === 'keyword') sawKeyword = true;
      else if (sawKeyword && arg.kind !== 'starred') throw this.tokens.error('positional argument follows keyword argument');
      args.push(args.length === 0 && this.tokens.at('for') ? this.comprehension('generator', arg) : arg);
      if (!this.tokens.at(')')) this.tokens.expect(',', "expected ',' or ')' in call arguments");
    }
    return args;
  }

  private callArgument(): PyNode {
    const token = this.tokens.current;
    if (this.tokens.accept('**')) return this.make(token.pos, { kind: 'keyword', value: this.expression() });
    if (this.tokens.accept('*')) return this.make(token.pos, { kind: 'starred', value: this.expression() });
    if (token.kind === 'name' && this.tokens.at('=', this.tokens.peek())) {
      const name = this.identifier();
      this.tokens.next();
      return this.make(token.pos, { kind: 'keyword', name, value: this.expression() });
    }
    return this.expression();
  }

  private subscriptIndex(): PyNode {
    const first = this.sliceItem();
    if (this.tokens.accept(']')) return first;
    const elements = [first];
    while (this.tokens.accept(',') && !this.tokens.at(']')) elements.push(this.sliceItem());
    this.tokens.expect(']', "expected ']' to close the subscript");
    return this.make(first.pos, { kind: 'tuple', elements });
  }

  private sliceItem(): PyNode {
    const start = this.tokens.current;
    const lower = this.tokens.at(':') ? undefined : this.expression();
    if (!this.tokens.accept(':')) return lower!;
    const upper = this.optionalSlicePart();
    const step = this.tokens.accept(':') ? this.optionalSlicePart() : undefined;
    return this.make(start.pos, { kind: 'slice', lower, upper, step });
  }

  private optionalSlicePart(): PyNode | undefined {
    return this.tokens.at(':') || this.tokens.at(']') || this.tokens.at(',') ? undefined : this.expression();
  }

  private atom(): PyNode {
    const token = this.tokens.current;
    switch (token.kind) {
      case 'string':
        return this.strings();
      case 'number':
        return this.number(this.tokens.next());
      case 'name':
        return this.nameAtom(token);
      case 'op':
        return this.bracketAtom(token);
      default:
        throw this.tokens.unexpected();
    }
  }

  private nameAtom(token: PythonToken): PyNode {
    const constants: Record<string, NodeFields<PyNode>> = {
      True: { kind: 'bool', value: true },
      False: { kind: 'bool', value: false },
      None: { kind: 'none' },
    };
    const constant = constants[token.text];
    if (constant) {
      this.tokens.next();
      return this.make<PyNode>(token.pos, constant);
    }
    if (PYTHON_KEYWORDS.has(token.text)) throw this.tokens.unexpected();
    return this.make(token.pos, { kind: 'name', id: this.tokens.next().text });
  }

  /** Adjacent string literals, joined; an f-string among them makes the whole an f-string. */
  private strings(): PyStr | PyFString {
    const first = this.tokens.current;
    const parts: PyFStringPart[] = [];
    let isFString = false;
    while (this.tokens.current.kind === 'string') {
      const token = this.tokens.next();
      if ((token.prefix!.includes('b')) !== first.prefix!.includes('b')) {
        throw this.tokens.error('cannot mix bytes and nonbytes literals', token);
      }
      if (token.parts) {
        isFString = true;
        appendFStringParts(parts, token.parts, (tokens) => this.fieldParser(tokens).parseFStringField());
      } else {
        appendFStringText(parts, token.value!);
      }
    }
    if (isFString) return this.make(first.pos, { kind: 'fstring', parts });
    const value = parts.join('');
    const bytes = first.prefix!.includes('b');
    return this.make(first.pos, bytes ? { kind: 'str', value, bytes } : { kind: 'str', value });
  }

  private fieldParser(tokens: readonly PythonToken[]): PythonExpressionParser {
    return new PythonExpressionParser(new PythonTokenStream(tokens, this.tokens.file), this.nesting);
  }

  /** The expression of an f-string replacement field: everything up to its `eof` token. */
  protected parseFStringField(): PyNode {
    // The `:` of an unparenthesized lambda would start the format spec.
    if (this.tokens.at('lambda')) throw this.tokens.error('f-string: lambda expressions are not allowed without parentheses');
    const node = this.expressionList();
    if (this.tokens.current.kind !== 'eof') throw this.tokens.unexpected("f-string: expecting '}'");
    if (node.kind === 'starred') throw new PythonSyntaxError('f-string: cannot use starred expression here', node.pos, this.tokens.file);
    return node;
  }

  private number(token: PythonToken): PyNode {
    const text = token.text.replace(/_/g, '');
    const radix = /^0[xob]/i.test(text);
    const isFloat = !radix && /[.eE]/.test(text);
    return this.make(token.pos, { kind: 'num', value: Number(text), raw: token.text, isFloat });
  }

  private bracketAtom(token: PythonToken): PyNode {
    if (this.tokens.accept('(')) return this.parenthesized(token);
    if (this.tokens.accept('[')) return this.listDisplay(token);
    if (this.tokens.accept('{')) return this.braceDisplay(token);
    throw this.tokens.unexpected();
  }

  private parenthesized(open: PythonToken): PyNode {
    if (this.tokens.accept(')')) return this.make(open.pos, { kind: 'tuple', elements: [] });
    const first = this.starOrExpression();
    if (this.tokens.at('for')) {
      const generator = this.comprehension('generator', first, open.pos);
      this.tokens.expect(')', "expected ')' after the generator expression");
      return generator;
    }
    if (this.tokens.accept(')')) return first;
    const elements = this.displayElements(first, ')');
    return this.make(open.pos, { kind: 'tuple', elements });
  }

  private listDisplay(open: PythonToken): PyNode {
    if (this.tokens.accept(']')) return this.make(open.pos, { kind: 'list', elements: [] });
    const first = this.starOrExpression();
    if (this.tokens.at('for')) {
      const comprehension = this.comprehension('list', first, open.pos);
      this.tokens.expect(']', "expected ']' after the list comprehension");
      return comprehension;
    }
    return this.make(open.pos, { kind: 'list', elements: this.displayElements(first, ']') });
  }

  /** Elements after the first, up to and including the closing bracket; trailing commas allowed. */
  private displayElements(first: PyNode, close: string): PyNode[] {
    const elements = [first];
    while (!this.tokens.accept(close)) {
      this.tokens.expect(',', `expected ',' or '${close}'`);
      if (this.tokens.accept(close)) break;
      elements.push(this.starOrExpression());
    }
    return elements;
  }

  private braceDisplay(open: PythonToken): PyNode {
    if (this.tokens.accept('}')) return this.make(open.pos, { kind: 'dict', entries: [] });
    if (this.tokens.at('**')) return this.dictDisplay(open, this.dictEntry());
    const first = this.starOrExpression();
    if (this.tokens.accept(':')) return this.dictDisplay(open, { key: first, value: this.expression() });
    if (this.tokens.at('for')) {
      const comprehension = this.comprehension('set', first, open.pos);
      this.tokens.expect('}', "expected '}' after the set comprehension");
      return comprehension;
    }
    return this.make(open.pos, { kind: 'set', elements: this.displayElements(first, '}') });
  }

  private dictDisplay(open: PythonToken, first: PyDictEntry): PyNode {
    if (first.key && this.tokens.at('for')) {
      const comprehension = this.comprehension('dict', first.key, open.pos, first.value);
      this.tokens.expect('}', "expected '}' after the dict comprehension");
      return comprehension;
    }
    const entries = [first];
    while (!this.tokens.accept('}')) {
      this.tokens.expect(',', "expected ',' or '}' in dict");
      if (this.tokens.accept('}')) break;
      entries.push(this.dictEntry());
    }
    return this.make(open.pos, { kind: 'dict', entries });
  }

  private dictEntry(): PyDictEntry {
    if (this.tokens.accept('**')) return { value: this.bitOr() };
    const key = this.expression();
    this.tokens.expect(':', "expected ':' after the dict key");
    return { key, value: this.expression() };
  }

  private comprehension(
    type: 'list' | 'set' | 'generator' | 'dict',
    element: PyNode,
    pos: SourcePosition = element.pos,
    value?: PyNode,
  ): PyNode {
    const generators: PyGenerator[] = [];
    while (this.tokens.accept('for')) {
      const target = this.comprehensionTarget();
      this.tokens.expect('in', "expected 'in' in comprehension");
      const iter = this.orTest();
      const ifs: PyNode[] = [];
      while (this.tokens.accept('if')) ifs.push(this.orTest());
      generators.push({ target, iter, ifs });
    }
    const fields = { kind: 'comprehension' as const, type, element, generators };
    return this.make(pos, value ? { ...fields, value } : fields);
  }

  private comprehensionTarget(): PyNode {
    const first = this.bitOr();
    if (!this.tokens.at(',')) return first;
    const elements = [first];
    while (this.tokens.accept(',') && !this.tokens.at('in')) elements.push(this.bitOr());
    return this.make(first.pos, { kind: 'tuple', elements });
  }
}
