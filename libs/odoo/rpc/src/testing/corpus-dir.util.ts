import { join } from 'node:path';

/** The repository's `test/fixtures/odoo-corpus` (from this file in `src/testing` or `dist/testing`). */
export function corpusDir(): string {
  return join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'odoo-corpus');
}
