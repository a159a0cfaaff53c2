import { parseXmlRpcDateTime } from './parse-xmlrpc-datetime.util';
import { XmlRpcSyntaxError } from './xmlrpc-syntax.error';
import type { XmlRpcValue } from './xmlrpc-value.type';

export const XMLRPC_SCALAR_TYPES: ReadonlySet<string> = new Set([
  'int',
  'i4',
  'i8',
  'boolean',
  'string',
  'double',
  'dateTime.iso8601',
  'base64',
  'nil',
]);

/** The value of a scalar element from its text content. */
export function decodeXmlRpcScalar(type: string, text: string): XmlRpcValue {
  switch (type) {
    case 'int':
    case 'i4':
    case 'i8':
      return integer(type, text);
    case 'boolean':
      return boolean(text);
    case 'double':
      return double(text);
    case 'dateTime.iso8601':
      return parseXmlRpcDateTime(text);
    case 'base64':
      return new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'base64'));
    case 'nil':
      return null;
    default:
      return text;
  }
}

function integer(type: string, text: string): number {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) throw new XmlRpcSyntaxError(`invalid <${type}> "${text}"`);
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value)) throw new XmlRpcSyntaxError(`<${type}> ${trimmed} is out of range`);
  return value;
}

function boolean(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '1') return true;
  if (trimmed === '0') return false;
  throw new XmlRpcSyntaxError(`invalid <boolean> "${text}" (expected 0 or 1)`);
}

function double(text: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) throw new XmlRpcSyntaxError(`invalid <double> "${text}"`);
  return value;
}
