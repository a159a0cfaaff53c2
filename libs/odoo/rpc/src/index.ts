export { Secret } from './credentials/secret';

export { OdooRpcError } from './errors/odoo-rpc.error';
export { OdooTransportError, type OdooTransportErrorOptions } from './errors/odoo-transport.error';
export { OdooAddressRefusedError } from './errors/odoo-address-refused.error';
export { OdooAddressPolicy, isNonPublicAddress } from './transport/odoo-address-policy';
export { OdooTimeoutError } from './errors/odoo-timeout.error';
export { OdooProtocolError } from './errors/odoo-protocol.error';
export { OdooServerError, type OdooServerErrorDetails } from './errors/odoo-server.error';
export { OdooAccessError } from './errors/odoo-access.error';
export { OdooAuthenticationError } from './errors/odoo-authentication.error';
export { OdooSessionExpiredError } from './errors/odoo-session-expired.error';

export type { XmlRpcValue } from './xmlrpc/xmlrpc-value.type';
export type { XmlRpcFault } from './xmlrpc/xmlrpc-fault.type';
export type { XmlRpcDocument } from './xmlrpc/xmlrpc-document.type';
export { XmlRpcSyntaxError } from './xmlrpc/xmlrpc-syntax.error';
export { encodeXmlRpcValue } from './xmlrpc/encode-xmlrpc-value.util';
export { encodeXmlRpcCall } from './xmlrpc/encode-xmlrpc-call.util';
export { encodeXmlRpcResponse } from './xmlrpc/encode-xmlrpc-response.util';
export { parseXmlRpcDocument } from './xmlrpc/parse-xmlrpc-document.util';

export { ConcurrencyLimiter } from './transport/concurrency-limiter';
export { ODOO_PROTOCOL_KINDS, type OdooProtocolKind } from './protocol/odoo-protocol-kind.type';
export type { OdooServerVersion } from './protocol/odoo-server-version.type';

export { OdooClient } from './client/odoo-client';
export type { OdooClientOptions } from './client/odoo-client-options.type';
export type { OdooCallOptions } from './client/odoo-call-options.type';
export type { OdooRetryOptions } from './client/odoo-retry-options.type';
export type { OdooLogger } from './client/odoo-logger.type';
export type { OdooDomain } from './client/odoo-domain.type';
export type { OdooRecord } from './client/odoo-record.type';
export type { OdooReadProgress } from './client/odoo-read-progress.type';
export type { SearchReadParams } from './client/search-read-params.type';
export type { ReadAllParams } from './client/read-all-params.type';

export { syncOdooSnapshot } from './sync/sync-odoo-snapshot';
export type { SyncOdooSnapshotOptions } from './sync/sync-odoo-snapshot-options.type';
export type { FieldGroupsCatalog, FieldGroupsCatalogEntry } from './catalog/field-groups-catalog.type';
export { fieldGroupsCatalogFor } from './catalog/field-groups-catalog-for.util';
export { buildFieldGroupsCatalog } from './catalog/build-field-groups-catalog.util';
export { formatFieldGroupsCatalog } from './catalog/format-field-groups-catalog.util';
export { parseFieldGroups } from './catalog/parse-field-groups.util';
