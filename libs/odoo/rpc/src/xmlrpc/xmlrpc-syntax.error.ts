/** A document that is not well-formed XML-RPC; the message says what and, for XML errors, where. */
export class XmlRpcSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlRpcSyntaxError';
  }
}
