import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { parseManifestSource } from '@sightline/odoo-python';
import { corpusDir } from '../corpus-dir.util';
import { readCorpusModelFacts } from '../facts/read-corpus-model-facts.util';
import type { CorpusTree } from './corpus-tree.type';
import { materializeCorpusTree } from './materialize-corpus-tree.util';

const MANIFEST_KEYS = ['name', 'version', 'category', 'depends', 'data', 'demo', 'auto_install', 'application', 'license'] as const;

/** Path inside the directory → sha-256 of the content, for every file below it. */
function fileDigests(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

describe('materializeCorpusTree (18.0)', () => {
  const facts = readCorpusModelFacts('18.0');
  let tree: CorpusTree;
  let files: Map<string, string>;
  const read = (path: string) => readFileSync(join(tree.addonsPath, path), 'utf8');

  beforeAll(() => {
    tree = materializeCorpusTree('18.0');
    files = fileDigests(tree.addonsPath);
  });
  afterAll(() => tree.remove());

  it('writes one module per corpus module, each with __manifest__.py and __init__.py, and no manifest.json', () => {
    expect(readdirSync(tree.addonsPath).sort()).toEqual([...facts.manifests.keys()]);
    for (const module of facts.manifests.keys()) {
      expect(files.has(`${module}/__manifest__.py`) && files.has(`${module}/__init__.py`)).toBe(true);
    }
    expect([...files.keys()].filter((path) => path.endsWith('manifest.json'))).toEqual([]);
  });

  it('writes manifests that parse with the Odoo manifest parser and carry the corpus facts', () => {
    for (const [module, manifest] of facts.manifests) {
      const parsed = parseManifestSource(read(`${module}/__manifest__.py`), { file: `${module}/__manifest__.py` });
      const expected = Object.fromEntries(MANIFEST_KEYS.filter((key) => manifest[key] !== undefined).map((key) => [key, manifest[key]]));
      expect(parsed).toEqual({ ...expected, installable: true });
    }
  });

  it('copies the security files verbatim, at their paths', () => {
    const copied = [...facts.manifests].flatMap(([module, manifest]) => (manifest.security_files ?? []).map((file) => `${module}/${file}`));
    expect(copied.length).toBeGreaterThan(500);
    for (const path of copied) expect(read(path)).toBe(readFileSync(join(corpusDir('18.0'), 'addons', path), 'utf8'));
  });

  it('declares every field the corpus places at a file and line exactly there', () => {
    const sites = facts.effective.filter((row) => row.set_in_file !== '');
    expect(sites.length).toBeGreaterThan(1000);
    for (const row of sites) {
      const line = read(`${row.set_by_module}/${row.set_in_file}`).split('\n')[Number(row.line) - 1];
      expect({ site: `${row.set_by_module}/${row.set_in_file}:${row.line}`, line }).toEqual({
        site: expect.any(String),
        line: expect.stringMatching(new RegExp(`^\\s+${row.field} = fields\\.\\w+\\(`)),
      });
    }
  });

  it('writes each field-groups.csv groups= attribute as written', () => {
    for (const row of facts.fieldGroups) {
      const sources = [...files.keys()].filter((path) => path.startsWith(`${row.module}/`) && path.endsWith('.py')).map(read);
      const found = sources.some((source) => source.includes(`groups='${row.groups}'`));
      expect({ field: `${row.module}:${row.model}.${row.field}`, found }).toEqual({ field: expect.any(String), found: true });
    }
  });

  it('imports every Python file from its package __init__.py', () => {
    const python = [...files.keys()].filter((path) => path.endsWith('.py') && !path.endsWith('__manifest__.py'));
    for (const path of python.filter((p) => posix.basename(p) !== '__init__.py' || posix.dirname(p).includes('/'))) {
      const isPackage = posix.basename(path) === '__init__.py';
      const name = isPackage ? posix.basename(posix.dirname(path)) : posix.basename(path, '.py');
      const init = read(posix.join(posix.dirname(isPackage ? posix.dirname(path) : path), '__init__.py'));
      expect({ path, imported: new RegExp(`^(from \\. import ${name}|    ${name},)`, 'm').test(init) }).toEqual({ path, imported: true });
    }
  });

  it('writes odoo/release.py beside the addons path', () => {
    expect(readFileSync(join(dirname(tree.addonsPath), 'odoo', 'release.py'), 'utf8')).toMatch(/^version_info = \(18, 0, 0, FINAL, 0, ''\)$/m);
  });

  it('writes the same files into a given root, refuses to overwrite them, and removes only what it wrote', () => {
    const root = mkdtempSync(join(tmpdir(), 'sightline-corpus-root-'));
    try {
      const second = materializeCorpusTree('18.0', { root });
      expect(second.addonsPath).toBe(join(root, 'addons'));
      expect(fileDigests(second.addonsPath)).toEqual(files);
      expect(() => materializeCorpusTree('18.0', { root })).toThrow(`${root} holds an addons or odoo folder already`);
      second.remove();
      expect(readdirSync(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('removes a tree it wrote into a temporary directory', () => {
    const other = materializeCorpusTree('17.0');
    other.remove();
    expect(existsSync(dirname(other.addonsPath))).toBe(false);
  });
});
