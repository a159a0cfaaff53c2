import type { SourcePosition } from './source-location.type';

/** Base of the errors of this library: the message is `<file>:<line>:<column>: <reason>`. */
export abstract class PythonSourceError extends Error {
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;

  protected constructor(reason: string, position: SourcePosition, file?: string) {
    super(`${file ?? '<string>'}:${position.line}:${position.column}: ${reason}`);
    this.file = file;
    this.line = position.line;
    this.column = position.column;
    this.reason = reason;
  }
}
