import { corpusVersions, type CorpusVersion } from '../corpus-version.type';
import { corpusModuleNames } from './corpus-module-names.util';
import { readCorpusModelFacts } from './read-corpus-model-facts.util';

/** The counts of the corpus README (modules: folders under `addons/`; 17.0/18.0 lack the point_of_sale manifest). */
const README_COUNTS: Record<CorpusVersion, { modules: number; modelRows: number; fieldGroupsRows: number }> = {
  '17.0': { modules: 513, modelRows: 1204, fieldGroupsRows: 348 },
  '18.0': { modules: 625, modelRows: 1390, fieldGroupsRows: 461 },
  '19.0': { modules: 635, modelRows: 1451, fieldGroupsRows: 587 },
};

describe.each(corpusVersions)('the %s corpus facts', (version) => {
  const facts = readCorpusModelFacts(version);

  it('hold every table row and one manifest per module, in name order', () => {
    expect(facts.version).toBe(version);
    expect(facts.models).toHaveLength(README_COUNTS[version].modelRows);
    expect(facts.fieldGroups).toHaveLength(README_COUNTS[version].fieldGroupsRows);
    expect([...facts.manifests.keys()]).toEqual(corpusModuleNames(version));
    expect(facts.manifests.size).toBe(README_COUNTS[version].modules);
  });

  it('read rows by header', () => {
    expect(facts.models.find((row) => row.model === 'hr.employee' && row.kind === 'Model')).toMatchObject({ module: 'hr' });
    expect(facts.effective.find((row) => row.model === 'hr.employee' && row.field === 'private_email')).toMatchObject({
      groups: 'hr.group_hr_user',
      groups_source: 'explicit',
      model_declared_by: 'hr',
    });
  });

  it('name, for every module of a table, a module with a manifest', () => {
    const modules = new Set([...facts.models.map((row) => row.module), ...facts.fieldGroups.map((row) => row.module)]);
    expect([...modules].filter((module) => !facts.manifests.has(module))).toEqual([]);
  });

  it('keep the manifest facts, and which data files were kept', () => {
    expect(facts.manifests.get('hr')).toMatchObject({
      depends: expect.arrayContaining(['base_setup']),
      security_files: expect.arrayContaining(['security/hr_security.xml']),
    });
  });
});
