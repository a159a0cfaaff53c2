export { createTestDatabase } from './test-database';
export type { TestDatabase, TestDatabaseKind } from './test-database';
export { queryRows } from './query-rows';
