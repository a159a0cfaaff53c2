import { XmlRpcDocumentReader } from './xmlrpc-document.reader';
import type { XmlRpcDocument } from './xmlrpc-document.type';

/**
 * Reads an XML-RPC `<methodCall>` or `<methodResponse>` document.
 * @throws XmlRpcSyntaxError when the text is not well-formed XML-RPC.
 */
export function parseXmlRpcDocument(text: string): XmlRpcDocument {
  return new XmlRpcDocumentReader().read(text);
}
