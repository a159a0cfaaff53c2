import type { OdooTestBackend } from './odoo-test-backend';
import { TestOrmError } from './test-orm.error';

/** `common.version()`, `common.authenticate(db, login, password, env)`, `common.login(db, login, password)`. */
export function runCommonMethod(backend: OdooTestBackend, method: string, args: readonly unknown[]): unknown {
  if (method === 'version') return backend.version();
  if (method === 'authenticate' || method === 'login') return backend.authenticate(args[0], args[1], args[2]);
  throw new TestOrmError('builtins.NameError', `Method not available ${method}`);
}
