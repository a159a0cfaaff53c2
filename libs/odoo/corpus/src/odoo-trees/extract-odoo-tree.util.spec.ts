import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractOdooTree } from './extract-odoo-tree.util';

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
});
