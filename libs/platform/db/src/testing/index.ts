export { createTestDatabase } from './test-database';
export type { TestDatabase, TestDatabaseKind } from './test-database';
