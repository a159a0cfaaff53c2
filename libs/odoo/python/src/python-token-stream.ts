import { PythonSyntaxError } from './python-syntax.error';
import type { PythonToken } from './python-token.type';

/** A cursor over tokens with the look-ahead and error helpers the parser needs. */
export class PythonTokenStream {
  private index = 0;

  constructor(
    private readonly tokens: readonly PythonToken[],
    readonly file: string | undefined,
  ) {}

  get current(): PythonToken {
    return this.tokens[this.index];
  }

  peek(distance = 1): PythonToken {
    return this.tokens[Math.min(this.index + distance, this.tokens.length - 1)];
  }

  next(): PythonToken {
    const token = this.current;
    if (token.kind !== 'eof') this.index++;
    return token;
  }

  /** True when the current token is the operator or keyword `text` (strings never match). */
  at(text: string, token: PythonToken = this.current): boolean {
    return (token.kind === 'op' || token.kind === 'name') && token.text === text;
  }

  accept(text: string): PythonToken | undefined {
    return this.at(text) ? this.next() : undefined;
  }

  expect(text: string, context?: string): PythonToken {
    if (this.at(text)) return this.next();
    throw this.unexpected(context ?? `expected '${text}'`);
  }

  skipNewlines(): void {
    while (this.current.kind === 'newline') this.next();
  }

  unexpected(hint?: string, token: PythonToken = this.current): PythonSyntaxError {
    const reason = `unexpected ${describeToken(token)}`;
    return this.error(hint ? `${reason} (${hint})` : reason, token);
  }

  error(reason: string, token: PythonToken = this.current): PythonSyntaxError {
    return new PythonSyntaxError(reason, token.pos, this.file);
  }
}

function describeToken(token: PythonToken): string {
  switch (token.kind) {
    case 'eof':
      return 'end of input';
    case 'newline':
      return 'end of line';
    case 'string':
      return `string ${token.text.length > 30 ? token.text.slice(0, 27) + '...' : token.text}`;
    case 'number':
      return `number ${token.text}`;
    default:
      return `'${token.text}'`;
  }
}
