/** An XML-RPC `<fault>`. Odoo's `/xmlrpc/2` sends integer codes, the legacy `/xmlrpc` strings. */
export interface XmlRpcFault {
  readonly faultCode: number | string;
  readonly faultString: string;
}
