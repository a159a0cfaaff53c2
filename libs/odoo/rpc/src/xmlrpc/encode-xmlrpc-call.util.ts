import { encodeXmlRpcValue } from './encode-xmlrpc-value.util';
import { escapeXmlText } from './escape-xml-text.util';
import type { XmlRpcValue } from './xmlrpc-value.type';

/** A `<methodCall>` document. */
export function encodeXmlRpcCall(methodName: string, params: readonly XmlRpcValue[]): string {
  const body = params.map((param) => `<param>${encodeXmlRpcValue(param)}</param>`).join('');
  return `<?xml version="1.0"?>\n<methodCall><methodName>${escapeXmlText(methodName)}</methodName><params>${body}</params></methodCall>\n`;
}
