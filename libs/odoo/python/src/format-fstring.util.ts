import type { PyFStringPart, PyFormattedValue, PyNode } from './py-node.type';
import { escapePythonStringBody } from './python-repr.util';

const QUOTES = ["'", '"', "'''", '"""'];

/**
 * Renders f-string parts as an `f'…'` literal; `expression` renders a field's value. The quote is
 * one that no field's text contains (Python before 3.12 requires it), preferably one the literal
 * text does not contain either.
 */
export function renderFString(parts: readonly PyFStringPart[], expression: (node: PyNode) => string): string {
  const fields = fieldTexts(parts, expression);
  const literal = parts.filter((part) => typeof part === 'string').join('');
  const usable = QUOTES.filter((q) => fields.every((text) => !text.includes(q)));
  const quote = usable.find((q) => !literal.includes(q[0])) ?? usable[0] ?? "'";
  return `f${quote}${body(parts, quote, expression, false)}${quote}`;
}

function fieldTexts(parts: readonly PyFStringPart[], expression: (node: PyNode) => string): string[] {
  return parts.flatMap((part) =>
    typeof part === 'string' ? [] : [expression(part.value), ...fieldTexts(part.formatSpec ?? [], expression)],
  );
}

function body(parts: readonly PyFStringPart[], quote: string, expression: (node: PyNode) => string, inSpec: boolean): string {
  return parts.map((part) => (typeof part === 'string' ? text(part, quote, inSpec) : field(part, quote, expression))).join('');
}

function text(value: string, quote: string, inSpec: boolean): string {
  const escaped = escapePythonStringBody(value, quote);
  return inSpec ? escaped : escaped.replace(/[{}]/g, '$&$&');
}

function field(part: PyFormattedValue, quote: string, expression: (node: PyNode) => string): string {
  const value = expression(part.value);
  // `{{` would read as an escaped brace, so a dict or set display needs a space before it.
  const spaced = value.startsWith('{') ? ` ${value}` : value;
  const conversion = part.conversion ? `!${part.conversion}` : '';
  const spec = part.formatSpec ? `:${body(part.formatSpec, quote, expression, true)}` : '';
  return `{${spaced}${conversion}${spec}}`;
}
