import type { CorpusVersion } from '../corpus-version.type';
import { corpusManifests } from './corpus-manifests.util';
import type { CorpusModelFacts } from './corpus-model-facts.type';
import type { CorpusFieldGroupsRow, CorpusModelRow, EffectiveFieldGroupsRow } from './corpus-rows.type';
import { readCorpusCsv } from './read-corpus-csv.util';

export function readCorpusModelFacts(version: CorpusVersion): CorpusModelFacts {
  return {
    version,
    models: readCorpusCsv<CorpusModelRow>(version, 'models.csv'),
    fieldGroups: readCorpusCsv<CorpusFieldGroupsRow>(version, 'field-groups.csv'),
    effective: readCorpusCsv<EffectiveFieldGroupsRow>(version, 'effective-field-groups.csv'),
    manifests: corpusManifests(version),
  };
}
