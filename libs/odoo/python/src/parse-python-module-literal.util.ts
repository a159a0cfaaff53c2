import type { PyNode } from './py-node.type';
import { PythonExpressionParser } from './python-expression.parser';
import { PythonTokenStream } from './python-token-stream';
import { tokenizePython } from './python.tokenizer';
import type { SourceOrigin } from './source-location.type';

/**
 * Parses a module made only of expression statements (a `__manifest__.py`: encoding line,
 * comments, a docstring, then the dict) and returns the last top-level expression.
 * @throws PythonSyntaxError for anything else, e.g. an assignment or an `import`.
 */
export function parsePythonModuleLiteral(source: string, origin?: SourceOrigin): PyNode {
  const tokens = new PythonTokenStream(tokenizePython(source, origin), origin?.file);
  return new PythonExpressionParser(tokens).parseModuleLastExpression();
}
