import type { XmlRpcFault } from './xmlrpc-fault.type';
import type { XmlRpcValue } from './xmlrpc-value.type';

/** What an XML-RPC document holds: a call, a response's params, or a fault. */
export type XmlRpcDocument =
  | { readonly kind: 'call'; readonly methodName: string; readonly params: readonly XmlRpcValue[] }
  | { readonly kind: 'response'; readonly params: readonly XmlRpcValue[] }
  | { readonly kind: 'fault'; readonly fault: XmlRpcFault };
