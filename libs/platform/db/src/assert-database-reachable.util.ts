import { Client } from 'pg';
import { DatabaseError } from './database-error';
import { describeDatabaseUrl } from './describe-database-url.util';

/** Connects once and runs `select 1`; throws a DatabaseError naming the variable, the URL and the cause. */
export async function assertDatabaseReachable(url: string, subject = 'DATABASE_URL', timeoutMs = 5000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseError(subject, `cannot connect to ${describeDatabaseUrl(url)} (${causeOf(error)})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Duck-typed: errors raised by Node's networking come from another realm under Jest.
function causeOf(error: unknown): string {
  const e = error as { errors?: unknown[]; message?: string; code?: string; name?: string } | undefined;
  if (e && Array.isArray(e.errors) && e.errors.length > 0) return causeOf(e.errors[0]);
  if (e && typeof e === 'object') {
    const message = e.message ?? '';
    if (e.code && !message.includes(e.code)) return message ? `${e.code}: ${message}` : e.code;
    return message || e.name || 'unknown error';
  }
  return String(error);
}
