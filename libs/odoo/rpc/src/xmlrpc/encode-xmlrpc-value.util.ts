import { escapeXmlText } from './escape-xml-text.util';
import { formatXmlRpcDateTime } from './format-xmlrpc-datetime.util';
import type { XmlRpcValue } from './xmlrpc-value.type';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * `<value>…</value>` for a value. Integral numbers within 32 bits are `<int>`, other numbers
 * `<double>`; struct members whose value is `undefined` are left out.
 */
export function encodeXmlRpcValue(value: XmlRpcValue): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: XmlRpcValue | undefined, out: string[]): void {
  out.push('<value>');
  writeInner(value, out);
  out.push('</value>');
}

function writeInner(value: XmlRpcValue | undefined, out: string[]): void {
  if (value === null) out.push('<nil/>');
  else if (typeof value === 'boolean') out.push(`<boolean>${value ? 1 : 0}</boolean>`);
  else if (typeof value === 'number') out.push(number(value));
  else if (typeof value === 'string') out.push(`<string>${escapeXmlText(value)}</string>`);
  else if (value instanceof Date) out.push(`<dateTime.iso8601>${formatXmlRpcDateTime(value)}</dateTime.iso8601>`);
  else if (value instanceof Uint8Array) out.push(`<base64>${Buffer.from(value).toString('base64')}</base64>`);
  else if (Array.isArray(value)) writeArray(value as readonly XmlRpcValue[], out);
  else if (typeof value === 'object') writeStruct(value as { readonly [member: string]: XmlRpcValue }, out);
  else throw new TypeError(`XML-RPC cannot carry a ${typeof value}`);
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new TypeError(`XML-RPC cannot carry ${value}`);
  if (Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX) return `<int>${value}</int>`;
  return `<double>${value}</double>`;
}

function writeArray(items: readonly XmlRpcValue[], out: string[]): void {
  out.push('<array><data>');
  for (const item of items) write(item, out);
  out.push('</data></array>');
}

function writeStruct(struct: { readonly [member: string]: XmlRpcValue }, out: string[]): void {
  out.push('<struct>');
  for (const [name, member] of Object.entries(struct)) {
    if (member === undefined) continue;
    out.push(`<member><name>${escapeXmlText(name)}</name>`);
    write(member, out);
    out.push('</member>');
  }
  out.push('</struct>');
}
