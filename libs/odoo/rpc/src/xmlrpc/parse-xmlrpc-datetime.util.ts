import { XmlRpcSyntaxError } from './xmlrpc-syntax.error';

const DATETIME = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})$/;

/** Reads `20250131T08:12:03` or `2025-01-31T08:12:03` as a UTC instant. */
export function parseXmlRpcDateTime(text: string): Date {
  const match = DATETIME.exec(text.trim());
  if (!match) throw new XmlRpcSyntaxError(`invalid dateTime.iso8601 "${text}"`);
  const [, year, month, day, hour, minute, second] = match;
  return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
}
