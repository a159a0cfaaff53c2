import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_VERSIONS = ['17.0', '18.0', '19.0'] as const;
export type CorpusVersion = (typeof CORPUS_VERSIONS)[number];

/** `models.csv`: one row per class that writes `_name`. */
export interface CorpusModelRow {
  readonly module: string;
  readonly model: string;
  /** `Model`, `TransientModel`, `AbstractModel`, `BaseModel`, or '' when the corpus could not tell. */
  readonly kind: string;
  readonly description: string;
}

/** `field-groups.csv`: one row per field declared with a string `groups=`, under the model its class extends. */
export interface CorpusFieldGroupsRow {
  readonly module: string;
  readonly model: string;
  readonly field: string;
  readonly type: string;
  readonly groups: string;
  readonly string: string;
}

/** `effective-field-groups.csv`: the expected answer. */
export interface EffectiveFieldGroupsRow {
  readonly model: string;
  readonly field: string;
  readonly type: string;
  readonly groups: string;
  readonly groups_source: string;
  readonly related: string;
  readonly set_by_module: string;
  readonly set_in_file: string;
  readonly line: string;
  readonly model_declared_by: string;
}

export const EFFECTIVE_FIELD_GROUPS_COLUMNS: readonly (keyof EffectiveFieldGroupsRow)[] = [
  'model', 'field', 'type', 'groups', 'groups_source', 'related', 'set_by_module', 'set_in_file', 'line', 'model_declared_by',
];

/** The facts of a module's `__manifest__.py` that the corpus keeps (`addons/<module>/manifest.json`). */
export interface CorpusManifest {
  readonly depends?: readonly string[];
}

/** Everything the corpus says about the Python models of one Odoo version. */
export interface CorpusModelFacts {
  readonly version: CorpusVersion;
  readonly models: readonly CorpusModelRow[];
  readonly fieldGroups: readonly CorpusFieldGroupsRow[];
  readonly effective: readonly EffectiveFieldGroupsRow[];
  readonly manifests: ReadonlyMap<string, CorpusManifest>;
}

export const CORPUS_ROOT = join(__dirname, '..', '..', '..', '..', '..', '..', 'test', 'fixtures', 'odoo-corpus');

export function readCorpusModelFacts(version: CorpusVersion): CorpusModelFacts {
  return {
    version,
    models: readCorpusCsv<CorpusModelRow>(version, 'models.csv'),
    fieldGroups: readCorpusCsv<CorpusFieldGroupsRow>(version, 'field-groups.csv'),
    effective: readCorpusCsv<EffectiveFieldGroupsRow>(version, 'effective-field-groups.csv'),
    manifests: readCorpusManifests(version),
  };
}

function readCorpusCsv<T>(version: CorpusVersion, file: string): T[] {
  return parse(readFileSync(join(CORPUS_ROOT, version, file), 'utf8'), { columns: true, skip_empty_lines: true }) as T[];
}

function readCorpusManifests(version: CorpusVersion): Map<string, CorpusManifest> {
  const addons = join(CORPUS_ROOT, version, 'addons');
  return new Map(
    readdirSync(addons).sort().map((module) => [module, JSON.parse(readFileSync(join(addons, module, 'manifest.json'), 'utf8')) as CorpusManifest]),
  );
}
