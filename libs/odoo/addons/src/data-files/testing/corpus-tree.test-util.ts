import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { modelXmlIdName } from '@sightline/odoo-model';

/** The corpus of real Odoo security files (see its README). */
export const CORPUS_ROOT = resolve(__dirname, '../../../../../../test/fixtures/odoo-corpus');

export type CorpusVersion = '17.0' | '18.0' | '19.0';

/** The facts of a `__manifest__.py` the corpus keeps in `manifest.json`. */
export interface CorpusManifest {
  readonly name?: string;
  readonly version?: string;
  readonly category?: string;
  readonly depends?: string[];
  readonly data?: string[];
  readonly demo?: string[];
  readonly auto_install?: boolean | string[];
  readonly application?: boolean;
  readonly license?: string;
}

export function corpusModuleNames(version: CorpusVersion): string[] {
  return readdirSync(join(CORPUS_ROOT, version, 'addons')).sort();
}

export function corpusManifest(version: CorpusVersion, module: string): CorpusManifest {
  return JSON.parse(readFileSync(join(CORPUS_ROOT, version, 'addons', module, 'manifest.json'), 'utf8')) as CorpusManifest;
}

/**
 * Writes the corpus of one version as a real addons path in a new temporary directory: each
 * module gets a `__manifest__.py` written as Odoo developers write them (comments, single quotes,
 * trailing commas) and its security files at their paths. Views, menus… listed in the manifests
 * stay absent, as the corpus does not hold them. Returns the addons path; remove it with
 * {@link removeTree}.
 */
export function materializeCorpusTree(version: CorpusVersion): string {
  const root = mkdtempSync(join(tmpdir(), `sightline-odoo-${version}-`));
  const addons = join(root, 'addons');
  for (const module of corpusModuleNames(version)) {
    const from = join(CORPUS_ROOT, version, 'addons', module);
    const to = join(addons, module);
    mkdirSync(to, { recursive: true });
    cpSync(from, to, { recursive: true, filter: (source) => !source.endsWith('manifest.json') });
    writeFileSync(join(to, '__manifest__.py'), manifestSource(corpusManifest(version, module)));
  }
  return addons;
}

export function removeTree(addonsPath: string): void {
  rmSync(resolve(addonsPath, '..'), { recursive: true, force: true });
}

/** `ir.model` XML id → model, as Odoo names them (`hr.model_hr_employee`), from `models.csv`. */
export function corpusModelXmlIds(version: CorpusVersion): Map<string, string> {
  const rows = parse(readFileSync(join(CORPUS_ROOT, version, 'models.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  return new Map(rows.map((row) => [`${row.module}.${modelXmlIdName(row.model!)}`, row.model!]));
}

const KEY_ORDER: readonly (keyof CorpusManifest)[] = [
  'name', 'version', 'category', 'depends', 'data', 'demo', 'auto_install', 'application', 'license',
];

/** A manifest in the usual Odoo style. */
export function manifestSource(manifest: CorpusManifest): string {
  const entries = KEY_ORDER.filter((key) => manifest[key] !== undefined).map((key) => {
    const comment = key === 'data' ? "    # always loaded, in this order\n" : key === 'demo' ? '    # only loaded in demonstration mode\n' : '';
    return `${comment}    '${key}': ${pythonLiteral(manifest[key], '    ')},\n`;
  });
  return [
    '# -*- coding: utf-8 -*-\n',
    '# Part of Odoo. See LICENSE file for full copyright and licensing details.\n',
    '\n',
    '{\n',
    ...entries,
    "    'installable': True,  # materialised from the Sightline corpus\n",
    '}\n',
  ].join('');
}

function pythonLiteral(value: unknown, indent: string): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${indent}    ${pythonLiteral(item, `${indent}    `)},\n`).join('')}${indent}]`;
  }
  throw new Error(`no Python literal for ${JSON.stringify(value)}`);
}
