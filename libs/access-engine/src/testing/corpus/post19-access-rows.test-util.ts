import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessRow } from '@sightline/odoo-model';
import { CORPUS_DIR } from './corpus-snapshot.test-util';
import { parseCsv } from './parse-csv.test-util';

/** The post-19 `ir.access` rows of a corpus module (`id,name,model_id,group_id/id,operation,domain`). */
export function post19AccessRows(module: string): AccessRow[] {
  const file = join(module, 'security', 'ir.access.csv');
  return parseCsv(readFileSync(join(CORPUS_DIR, 'post-19', file), 'utf8')).map((row) => {
    const group = row['group_id/id'] ?? '';
    return {
      xmlid: row['id']!.includes('.') ? row['id']! : `${module}.${row['id']}`,
      name: row['name']!,
      model: row['model_id']!,
      groupXmlid: group ? (group.includes('.') ? group : `${module}.${group}`) : null,
      operation: row['operation']!,
      domain: row['domain']?.trim() || null,
      active: true,
      module,
      source: { file: `${module}/${file}`, line: 1 },
    };
  });
}
