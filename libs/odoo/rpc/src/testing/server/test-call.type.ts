import type { OdooProtocolKind } from '../../protocol/odoo-protocol-kind.type';

/**
 * One request the test server received: `service` is `common` or `object` (JSON-RPC, XML-RPC),
 * `json2` or `web`; `method` the common or ORM method; `model` for ORM calls.
 */
export interface TestCall {
  readonly protocol: OdooProtocolKind;
  readonly service: 'common' | 'object' | 'json2' | 'web';
  readonly method: string;
  readonly model?: string;
  /** The ORM call's named arguments (for `onCall` hooks). */
  readonly kwargs?: Readonly<Record<string, unknown>>;
}
