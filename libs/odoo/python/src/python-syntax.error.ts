import { PythonSourceError } from './python-source.error';
import type { SourcePosition } from './source-location.type';

/** The text is not valid in the supported Python expression subset. */
export class PythonSyntaxError extends PythonSourceError {
  constructor(reason: string, position: SourcePosition, file?: string) {
    super(reason, position, file);
    this.name = 'PythonSyntaxError';
  }
}
