export { OdooTestServer, startOdooTestServer } from './server/odoo-test-server';
export type { OdooTestServerOptions } from './server/odoo-test-server-options.type';
export type { FaultKind, FaultMatch, FaultRule } from './server/fault-rule.type';
export { FaultPlan } from './server/fault-plan';
export type { TestCall } from './server/test-call.type';
export type { TestCredentials } from './server/test-credentials.type';
export { TestDatabase } from './server/test-database';
export { TestTable } from './server/test-table';
export type { TestRecord, TestValue } from './server/test-record.type';
export { buildTestDatabase } from './server/build-test-database.util';

export { buildCorpusSnapshot, type CorpusSnapshotOptions } from './corpus/build-corpus-snapshot.util';
export { generateOrganisation } from './org/generate-organisation.util';
export type { OrganisationOptions } from './org/organisation-options.type';
export { SeededRandom } from './org/seeded-random';
export { corpusDir } from './corpus-dir.util';
