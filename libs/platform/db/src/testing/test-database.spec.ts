import { Client } from 'pg';
import { createTestDatabase } from './test-database';

describe('createTestDatabase', () => {
  it('gives an empty, reachable database of its own and drops it on dispose', async () => {
    const database = await createTestDatabase();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const row = await client.query('select current_database() as name, count(*)::int as tables from pg_tables where schemaname = $1', ['public']);
      expect(row.rows[0]).toEqual({ name: database.name, tables: 0 });
    } finally {
      await client.end();
      await database.dispose();
    }
  }, 60_000);
});
