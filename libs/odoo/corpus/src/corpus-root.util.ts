import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CORPUS_PATH = join('test', 'fixtures', 'odoo-corpus');

/**
 * The corpus folder of the repository (`test/fixtures/odoo-corpus`), found by walking up from this
 * package's directory, so it works from `src` (Jest, ts sources) and from `dist` (built code).
 * @throws Error when no parent directory holds it.
 */
export function corpusRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, CORPUS_PATH);
    if (existsSync(join(candidate, 'README.md'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`no ${CORPUS_PATH} in ${from} or any parent directory`);
  }
}
