import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type CorpusManifest, manifestSource } from '@sightline/odoo-corpus';

export interface TestModule {
  readonly name: string;
  /** A manifest dict, or the exact `__manifest__.py` text. */
  readonly manifest?: CorpusManifest | string;
  /** Files by path inside the module. */
  readonly files?: Readonly<Record<string, string>>;
}

/** Writes modules into a new temporary addons path; remove it with {@link removeAddonTree}. */
export function writeAddonTree(modules: readonly TestModule[], root = mkdtempSync(join(tmpdir(), 'sightline-addons-'))): string {
  for (const module of modules) {
    const dir = join(root, module.name);
    mkdirSync(dir, { recursive: true });
    const manifest = module.manifest ?? {};
    writeFileSync(join(dir, '__manifest__.py'), typeof manifest === 'string' ? manifest : manifestSource(manifest));
    for (const [path, text] of Object.entries(module.files ?? {})) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  return root;
}

export function removeAddonTree(addonsPath: string): void {
  rmSync(addonsPath, { recursive: true, force: true });
}

/** An XML data file with the given records. */
export function odooXml(body: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<odoo>\n${body}\n</odoo>\n`;
}
