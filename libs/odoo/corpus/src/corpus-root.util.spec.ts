import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusRoot } from './corpus-root.util';

describe('corpusRoot', () => {
  const packageDir = resolve(__dirname, '..');

  it('finds test/fixtures/odoo-corpus of the repository from the sources', () => {
    expect(corpusRoot()).toBe(resolve(packageDir, '../../../test/fixtures/odoo-corpus'));
    expect(existsSync(join(corpusRoot(), 'README.md'))).toBe(true);
  });

  it('finds the same folder from the built code', () => {
    expect(corpusRoot(join(packageDir, 'dist'))).toBe(corpusRoot());
  });

  it('names the folder it started from when no parent holds the corpus', () => {
    expect(() => corpusRoot(tmpdir())).toThrow(`no test/fixtures/odoo-corpus in ${tmpdir()} or any parent directory`);
  });
});
