import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from './corpus-dir.util';
import { corpusRoot } from './corpus-root.util';
import { corpusVersions } from './corpus-version.type';

describe('corpusDir', () => {
  it.each(corpusVersions)('%s holds the addons and the three tables', (version) => {
    expect(corpusDir(version)).toBe(join(corpusRoot(), version));
    for (const entry of ['addons', 'models.csv', 'field-groups.csv', 'effective-field-groups.csv']) {
      expect(existsSync(join(corpusDir(version), entry))).toBe(true);
    }
  });
});
