import { compareFieldRefs } from '../catalog/compare-field-refs.util';
import { CORPUS_VERSIONS, corpusFields, corpusModels, hasHrGroup } from '../testing/corpus.test-util';
import { DEFAULT_TAXONOMY } from '../taxonomy/taxonomy.registry';
import { defaultFieldDecisions } from './default-field-decisions.util';

describe.each(CORPUS_VERSIONS)('default classification of Odoo %s', (version) => {
  const decisions = defaultFieldDecisions(version);
  const decided = new Map(decisions.map((decision) => [`${decision.model}/${decision.field}`, decision]));

  it('decides on every field that carries an HR group in the corpus', () => {
    const undecided = corpusFields(version)
      .filter(hasHrGroup)
      .map((field) => `${field.model}/${field.name}`)
      .filter((key) => !decided.has(key));
    expect(undecided).toEqual([]);
  });

  it('decides each field once, in model/field order', () => {
    const keys = decisions.map((decision) => `${decision.model}/${decision.field}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(decisions).toEqual([...decisions].sort(compareFieldRefs));
  });

  it('names only models of this version', () => {
    const models = corpusModels(version);
    expect([...new Set(decisions.map((decision) => decision.model))].filter((model) => !models.has(model))).toEqual([]);
  });

  it('gives personal fields known categories and subjects, and other fields a reason', () => {
    for (const decision of decisions) {
      if (decision.personal) {
        expect(decision.categories.length).toBeGreaterThan(0);
        expect(decision.subjects.length).toBeGreaterThan(0);
        expect(decision.categories.filter((key) => !DEFAULT_TAXONOMY.hasCategory(key))).toEqual([]);
        expect(decision.subjects.filter((key) => !DEFAULT_TAXONOMY.hasSubject(key))).toEqual([]);
      } else {
        expect(decision.reason.length).toBeGreaterThan(10);
      }
    }
  });
});
