import { encodeXmlRpcValue } from './encode-xmlrpc-value.util';
import type { XmlRpcFault } from './xmlrpc-fault.type';
import type { XmlRpcValue } from './xmlrpc-value.type';

/** A `<methodResponse>` carrying one value, or a fault. */
export function encodeXmlRpcResponse(result: { readonly value: XmlRpcValue } | { readonly fault: XmlRpcFault }): string {
  const inner =
    'fault' in result
      ? `<fault>${encodeXmlRpcValue({ faultCode: result.fault.faultCode, faultString: result.fault.faultString })}</fault>`
      : `<params><param>${encodeXmlRpcValue(result.value)}</param></params>`;
  return `<?xml version='1.0'?>\n<methodResponse>${inner}</methodResponse>\n`;
}
