/** `/jsonrpc`, `/xmlrpc/2/*`, or Odoo 19's `/json/2/<model>/<method>`. */
export type OdooProtocolKind = 'jsonrpc' | 'xmlrpc' | 'json2';

export const ODOO_PROTOCOL_KINDS: readonly OdooProtocolKind[] = ['jsonrpc', 'xmlrpc', 'json2'];
