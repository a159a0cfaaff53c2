import { evaluatePython, parsePythonExpression, PythonSourceError, PythonSyntaxError, type PythonEnvironment } from '@sightline/odoo-python';
import { DataFileProblemError } from '../data-file-problem.error';
import { attributeValueOffset } from '../xml/attribute-value-offset.util';
import type { XmlAttribute } from '../xml/xml-element.type';
import type { XmlSource } from '../xml/xml-text.source';

/**
 * Parses and evaluates the Python expression of an `eval=` attribute.
 * @throws DataFileProblemError at the file line and column of the syntax or evaluation error.
 */
export function evaluateAttribute(attribute: XmlAttribute, env: PythonEnvironment, source: XmlSource): unknown {
  try {
    return evaluatePython(parsePythonExpression(attribute.value), env);
  } catch (error) {
    if (!(error instanceof PythonSourceError)) throw error;
    const index = indexInValue(attribute.value, error.line, error.column);
    const { line, column } = source.position(attributeValueOffset(source.text, attribute.offset, index));
    const what = error instanceof PythonSyntaxError ? 'unparsable' : 'cannot evaluate';
    throw new DataFileProblemError(`${what} eval="${abbreviate(attribute.value)}": ${error.reason}`, line, column);
  }
}

function indexInValue(value: string, line: number, column: number): number {
  let start = 0;
  for (let current = 1; current < line; current += 1) start = value.indexOf('\n', start) + 1;
  return Math.min(start + column - 1, value.length);
}

function abbreviate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
