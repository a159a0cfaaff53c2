import { bindOrmArguments } from './orm-arguments.util';
import { executeTestOrmMethod } from './execute-test-orm-method.util';
import type { TestCall } from './test-call.type';
import type { TestCredentials } from './test-credentials.type';
import type { TestDatabase } from './test-database';
import { TestOrmError } from './test-orm.error';

export const SESSION_EXPIRED = 'odoo.http.SessionExpiredException';
export const ACCESS_DENIED = 'odoo.exceptions.AccessDenied';

/** Protocol-independent server logic: version, authentication, session expiry, ORM calls. */
export class OdooTestBackend {
  readonly db: TestDatabase;
  readonly database: string;
  readonly uid: number;
  readonly #credentials: TestCredentials;
  #expired: 'no' | 'until-login' | 'permanent' = 'no';
  readonly #hooks: ((call: TestCall, db: TestDatabase) => void)[] = [];

  constructor(db: TestDatabase, database: string, credentials: TestCredentials) {
    this.db = db;
    this.database = database;
    this.#credentials = credentials;
    const user = db.table('res.users').rows().find((row) => row['login'] === credentials.login);
    if (!user) throw new Error(`the test database has no user with login "${credentials.login}"`);
    this.uid = user.id;
  }

  onCall(hook: (call: TestCall, db: TestDatabase) => void): void {
    this.#hooks.push(hook);
  }

  version(): Record<string, unknown> {
    // saas releases name their major `saas~18` in version_info, as Odoo's release.py does.
    const serie = this.db.odooVersion;
    const [major = '', minor = '0'] = serie.split('.');
    const info = [/^\d+$/.test(major) ? Number(major) : major, Number(minor), 0, 'final', 0, ''];
    return { server_version: serie, server_version_info: info, server_serie: serie, protocol_version: 1 };
  }

  /** `common.authenticate` / `login`: the uid, or false. A successful login ends an expired session. */
  authenticate(database: unknown, login: unknown, secret: unknown): number | false {
    this.checkDatabase(database);
    if (login !== this.#credentials.login || !this.acceptsSecret(secret) || this.#expired === 'permanent') return false;
    this.#expired = 'no';
    return this.uid;
  }

  expire(permanent: boolean): void {
    this.#expired = permanent ? 'permanent' : 'until-login';
  }

  /** `object.execute_kw(db, uid, password, model, method, args, kwargs)`. */
  executeKw(params: readonly unknown[], call: TestCall): unknown {
    const [database, uid, secret, model, method, args = [], kwargs = {}] = params;
    this.checkDatabase(database);
    if (uid !== this.uid || !this.acceptsSecret(secret)) throw new TestOrmError(ACCESS_DENIED, 'Access Denied');
    if (this.#expired !== 'no') throw new TestOrmError(SESSION_EXPIRED, 'Session expired');
    return this.execute(call, String(model), String(method), bindOrmArguments(String(model), String(method), args as unknown[], kwargs as Record<string, unknown>));
  }

  /** JSON-2: bearer API key; `res.users/context_get` is how a client re-validates an expired key. */
  executeJson2(bearer: string | undefined, database: string | undefined, call: TestCall, body: Record<string, unknown>): unknown {
    if (database !== undefined) this.checkDatabase(database);
    if (bearer !== this.#credentials.apiKey) throw new TestOrmError('werkzeug.exceptions.Unauthorized', 'Invalid apikey');
    const revalidates = call.model === 'res.users' && call.method === 'context_get' && this.#expired === 'until-login';
    if (revalidates) this.#expired = 'no';
    if (this.#expired !== 'no') throw new TestOrmError('werkzeug.exceptions.Unauthorized', 'Invalid apikey');
    const { ids, ...kwargs } = body;
    const bound = bindOrmArguments(call.model!, call.method, [], kwargs, Array.isArray(ids) ? (ids as number[]) : undefined);
    return this.execute(call, call.model!, call.method, bound);
  }

  private execute(call: TestCall, model: string, method: string, args: ReturnType<typeof bindOrmArguments>): unknown {
    for (const hook of this.#hooks) hook({ ...call, kwargs: args.named }, this.db);
    return executeTestOrmMethod(this.db, model, method, args, this.uid);
  }

  private acceptsSecret(secret: unknown): boolean {
    return secret === this.#credentials.password || secret === this.#credentials.apiKey;
  }

  private checkDatabase(database: unknown): void {
    if (database !== this.database) throw new TestOrmError('psycopg2.OperationalError', `database "${String(database)}" does not exist`);
  }
}
