import { modelXmlIdName } from '@sightline/odoo-model';
import type { CorpusVersion } from '../corpus-version.type';
import type { CorpusModelRow } from './corpus-rows.type';
import { readCorpusCsv } from './read-corpus-csv.util';

/** `ir.model` XML id → model, as Odoo names them (`hr.model_hr_employee`), from `models.csv`. */
export function corpusModelXmlIds(version: CorpusVersion): Map<string, string> {
  return new Map(readCorpusCsv<CorpusModelRow>(version, 'models.csv').map((row) => [`${row.module}.${modelXmlIdName(row.model)}`, row.model]));
}
