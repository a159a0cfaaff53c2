import type { OdooProtocolKind } from '../protocol/odoo-protocol-kind.type';
import type { OdooProtocol } from '../protocol/odoo-protocol.type';
import { Json2Protocol } from '../protocol/json2.protocol';
import { JsonRpcProtocol } from '../protocol/json-rpc.protocol';
import type { ProtocolContext } from '../protocol/protocol-context.type';
import { XmlRpcProtocol } from '../protocol/xml-rpc.protocol';

export function createProtocol(kind: OdooProtocolKind, context: ProtocolContext): OdooProtocol {
  switch (kind) {
    case 'jsonrpc':
      return new JsonRpcProtocol(context);
    case 'xmlrpc':
      return new XmlRpcProtocol(context);
    case 'json2':
      return new Json2Protocol(context);
    default:
      throw new TypeError(`unknown Odoo protocol "${String(kind)}" (expected jsonrpc, xmlrpc or json2)`);
  }
}
