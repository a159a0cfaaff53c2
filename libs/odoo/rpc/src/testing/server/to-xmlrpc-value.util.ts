import type { XmlRpcValue } from '../../xmlrpc/xmlrpc-value.type';

/** A JSON-like result as Odoo's XML-RPC marshaller sends it: None becomes False. */
export function toXmlRpcValue(value: unknown): XmlRpcValue {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.map(toXmlRpcValue);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, member]) => [key, toXmlRpcValue(member)]));
  return value as XmlRpcValue;
}
