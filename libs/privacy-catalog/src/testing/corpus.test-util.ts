import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldGroupRef, FieldInfo, GroupsSource } from '@sightline/odoo-model';
import { parseCsv } from './parse-csv.test-util';

export const CORPUS_DIR = join(__dirname, '../../../../test/fixtures/odoo-corpus');

export const CORPUS_VERSIONS = ['17.0', '18.0', '19.0'] as const;

/** Snapshot fields straight from `effective-field-groups.csv` (every field there carries groups). */
export function corpusFields(version: string): FieldInfo[] {
  return readCsv(version, 'effective-field-groups.csv').map((row) => ({
    model: row['model']!,
    name: row['field']!,
    type: row['type']!,
    related: row['related'] || null,
    groups: parseGroups(row['groups']!),
    groupsSource: (row['groups_source']!.startsWith('related') ? 'related' : 'explicit') as GroupsSource,
  }));
}

/** Model names declared with `_name` in the version. */
export function corpusModels(version: string): Set<string> {
  return new Set(readCsv(version, 'models.csv').map((row) => row['model']!));
}

/** A group of module `hr` or `hr_*`, not negated. */
export function hasHrGroup(field: FieldInfo): boolean {
  return field.groups.some((group) => !group.negated && /^hr(_\w+)?$/.test(group.xmlid.split('.')[0]!));
}

function parseGroups(text: string): FieldGroupRef[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => ({
      xmlid: entry === '<expr:fields.NO_ACCESS>' ? '.' : entry.replace(/^!/, ''),
      negated: entry.startsWith('!'),
    }));
}

function readCsv(version: string, file: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(CORPUS_DIR, version, file), 'utf8'));
}
