import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractOdooTree, extractOdooTreeAsync } from './extract-odoo-tree.util';

describe('extractOdooTree', () => {
  const parent = mkdtempSync(join(tmpdir(), 'odoo-tree-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('unpacks the published 17.0 tree with its addons paths and release file, once', () => {
    const tree = extractOdooTree('17.0', parent);
    expect(tree.addonsPaths).toEqual([join(parent, '17.0', 'addons'), join(parent, '17.0', 'odoo', 'addons')]);
    expect(existsSync(join(tree.addonsPaths[0], 'hr', '__manifest__.py'))).toBe(true);
    expect(existsSync(join(tree.addonsPaths[1], 'base', '__manifest__.py'))).toBe(true);
    expect(readFileSync(join(tree.root, 'odoo', 'release.py'), 'utf8')).toMatch(/version_info = \(17, 0/);
    const marker = join(tree.root, 'addons', 'hr', '__manifest__.py');
    expect(extractOdooTree('17.0', parent)).toEqual(tree);
    expect(existsSync(marker)).toBe(true);
  }, 120_000);

  it('unpacks asynchronously into the same layout, replacing a folder that is not that archive (an older demo tree)', async () => {
    const stale = join(parent, 'async', '17.0', 'addons', 'hr');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'stale.txt'), 'from an earlier tree');
    const tree = await extractOdooTreeAsync('17.0', join(parent, 'async'));
    expect(tree.addonsPaths).toEqual([join(parent, 'async', '17.0', 'addons'), join(parent, 'async', '17.0', 'odoo', 'addons')]);
    expect(existsSync(join(stale, 'stale.txt'))).toBe(false);
    expect(existsSync(join(tree.addonsPaths[0], 'hr', '__manifest__.py'))).toBe(true);
    expect(readFileSync(join(tree.root, 'odoo', 'release.py'), 'utf8')).toMatch(/version_info = \(17, 0/);
    expect(extractOdooTree('17.0', join(parent, 'async'))).toEqual(tree); // found by its marker: not unpacked again
    expect(await extractOdooTreeAsync('17.0', join(parent, 'async'))).toEqual(tree);
  }, 120_000);
});
