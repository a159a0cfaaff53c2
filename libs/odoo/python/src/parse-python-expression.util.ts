import type { PyNode } from './py-node.type';
import { PythonExpressionParser } from './python-expression.parser';
import { PythonTokenStream } from './python-token-stream';
import { tokenizePython } from './python.tokenizer';
import type { SourceOrigin } from './source-location.type';

/**
 * Parses text that must be exactly one Python expression (e.g. an XML `eval=` attribute or a
 * `domain_force`). Comments and blank lines around it are allowed. Never evaluates anything.
 * @throws PythonSyntaxError naming `file:line:column` (offset by `origin`) and the cause.
 */
export function parsePythonExpression(source: string, origin?: SourceOrigin): PyNode {
  const tokens = new PythonTokenStream(tokenizePython(source, origin), origin?.file);
  return new PythonExpressionParser(tokens).parseInput();
}
