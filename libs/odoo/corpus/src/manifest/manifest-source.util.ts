import { pythonRepr } from '@sightline/odoo-python';
import type { CorpusManifest } from '../facts/corpus-manifest.type';

const KEY_ORDER: readonly (keyof CorpusManifest)[] = [
  'name', 'version', 'category', 'depends', 'data', 'demo', 'auto_install', 'application', 'license',
];

const COMMENTS: Partial<Record<keyof CorpusManifest, string>> = {
  data: '    # always loaded, in this order\n',
  demo: '    # only loaded in demonstration mode\n',
};

/** A `__manifest__.py` as Odoo developers write them: comments, single quotes, one list item a line, trailing commas. */
export function manifestSource(manifest: CorpusManifest): string {
  const entries = KEY_ORDER.filter((key) => manifest[key] !== undefined).map(
    (key) => `${COMMENTS[key] ?? ''}    '${key}': ${pythonLiteral(manifest[key], '    ')},\n`,
  );
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
  if (!Array.isArray(value)) return pythonRepr(value);
  if (value.length === 0) return '[]';
  return `[\n${value.map((item) => `${indent}    ${pythonLiteral(item, `${indent}    `)},\n`).join('')}${indent}]`;
}
