import type { CorpusVersion } from '@sightline/odoo-corpus';
import type { OdooProtocolKind } from '../protocol/odoo-protocol-kind.type';

/** Every protocol each version speaks: JSON-2 exists from 19 on. */
export const PROTOCOL_MATRIX: readonly [OdooProtocolKind, CorpusVersion][] = [
  ['jsonrpc', '17.0'],
  ['xmlrpc', '17.0'],
  ['jsonrpc', '18.0'],
  ['xmlrpc', '18.0'],
  ['jsonrpc', '19.0'],
  ['xmlrpc', '19.0'],
  ['json2', '19.0'],
];
