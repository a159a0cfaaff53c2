import { Client } from 'pg';

// Tests destructure rows freely (`[{ count }]`): `any` values by default keep them readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRow = Record<string, any>;

/** Runs one statement on a connection of its own and returns the rows (test setup and assertions). */
export async function queryRows<Row = AnyRow>(url: string, text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}
