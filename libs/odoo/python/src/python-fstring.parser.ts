import type { PyFStringPart, PyFormattedValue, PyNode } from './py-node.type';
import type { PythonFStringTokenField, PythonFStringTokenPart, PythonToken } from './python-token.type';

/** Parses the expression tokens of one replacement field. */
export type FStringFieldParser = (tokens: readonly PythonToken[]) => PyNode;

/**
 * Appends an f-string token's parts to `into`: fields parsed with `parseField`, `{x=}` expanded into
 * the text `x=` and the field (as Python's parser does), adjacent texts joined, empty texts dropped.
 */
export function appendFStringParts(into: PyFStringPart[], parts: readonly PythonFStringTokenPart[], parseField: FStringFieldParser): void {
  for (const part of parts) {
    if (part.kind === 'text') appendFStringText(into, part.value);
    else {
      if (part.debugText !== undefined) appendFStringText(into, part.debugText);
      into.push(formattedValue(part, parseField));
    }
  }
}

/** Appends literal text, joining it to a preceding text part. */
export function appendFStringText(into: PyFStringPart[], text: string): void {
  if (text === '') return;
  const last = into.length - 1;
  if (typeof into[last] === 'string') into[last] += text;
  else into.push(text);
}

function formattedValue(field: PythonFStringTokenField, parseField: FStringFieldParser): PyFormattedValue {
  const value = parseField(field.tokens);
  // Python prints the repr() for `{x=}` unless a conversion or a format spec is given.
  const conversion = field.conversion ?? (field.debugText !== undefined && field.formatSpec === undefined ? 'r' : undefined);
  const formatSpec = field.formatSpec ? fStringParts(field.formatSpec, parseField) : undefined;
  return { value, ...(conversion ? { conversion } : {}), ...(formatSpec ? { formatSpec } : {}) };
}

function fStringParts(parts: readonly PythonFStringTokenPart[], parseField: FStringFieldParser): PyFStringPart[] {
  const out: PyFStringPart[] = [];
  appendFStringParts(out, parts, parseField);
  return out;
}
