import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { modelXmlIdName } from '@sightline/odoo-model';
import { corpusDir, corpusManifests, corpusModelXmlIds, type CorpusVersion } from '@sightline/odoo-corpus';

/** What a corpus version defines, found with regular expressions over the raw files (no XML parser, no load order). */
export interface CorpusExpectation {
  readonly groups: ReadonlySet<string>;
  /** ACL and rule ids whose every occurrence names a known model and defined groups. */
  readonly acls: ReadonlySet<string>;
  readonly rules: ReadonlySet<string>;
  /** Occurrences (ACL rows, rule records) whose model XML id is unknown. */
  readonly unknownModelOccurrences: number;
}

interface Occurrence {
  readonly id: string;
  readonly modelKnown: boolean;
  readonly groupRefs: readonly string[];
}

const qualify = (ref: string, module: string) => (ref.includes('.') ? ref : `${module}.${ref}`);

/** Every data file (not demo) listed by a module's manifest and present in the corpus, as [module, path]. */
function dataFiles(version: CorpusVersion): [string, string][] {
  return [...corpusManifests(version)].flatMap(([module, manifest]) =>
    (manifest.data ?? [])
      .map((file) => join(corpusDir(version), 'addons', module, file))
      .filter((path) => existsSync(path))
      .map((path): [string, string] => [module, path]),
  );
}

function records(text: string): { attributes: string; body: string }[] {
  return [...text.matchAll(/<record\b([^>]*?)(\/>|>([\s\S]*?)<\/record>)/g)].map((m) => ({ attributes: m[1]!, body: m[3] ?? '' }));
}

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

export function expectedCorpusSecurity(version: CorpusVersion): CorpusExpectation {
  const modelIds = corpusModelXmlIds(version);
  const names = new Set(modelIds.values());
  const modelKnown = (xmlid: string) =>
    modelIds.has(xmlid) || [...names].filter((model) => modelXmlIdName(model) === xmlid.split('.')[1]).length === 1;
  const groups = new Set<string>();
  const acls: Occurrence[] = [];
  const rules: Occurrence[] = [];
  for (const [module, path] of dataFiles(version)) {
    const text = readFileSync(path, 'utf8');
    if (path.endsWith('.csv')) acls.push(...csvAcls(text, module, modelKnown));
    else {
      for (const { attributes, body } of records(text)) {
        const id = attribute(attributes, 'id');
        const model = attribute(attributes, 'model');
        if (!id) continue;
        if (model === 'res.groups') groups.add(qualify(id, module));
        if (model === 'ir.rule' || model === 'ir.model.access') {
          (model === 'ir.rule' ? rules : acls).push(xmlOccurrence(qualify(id, module), body, module, modelKnown));
        }
      }
    }
  }
  const accepted = (occurrences: Occurrence[]) => {
    const bad = new Set(occurrences.filter((o) => !o.modelKnown || o.groupRefs.some((g) => !groups.has(g))).map((o) => o.id));
    return new Set(occurrences.map((o) => o.id).filter((id) => !bad.has(id)));
  };
  const unknownModelOccurrences = [...acls, ...rules].filter((o) => !o.modelKnown).length;
  return { groups, acls: accepted(acls), rules: accepted(rules), unknownModelOccurrences };
}

function csvAcls(text: string, module: string, modelKnown: (xmlid: string) => boolean): Occurrence[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, relax_quotes: true }) as Record<string, string>[];
  return rows
    .filter((row) => Object.values(row).some((cell) => cell.trim() !== ''))
    .map((row) => {
      const model = row['model_id:id'] ?? row['model_id/id'] ?? '';
      const group = row['group_id:id'] ?? row['group_id/id'] ?? '';
      return { id: qualify(row.id!, module), modelKnown: modelKnown(qualify(model, module)), groupRefs: group ? [qualify(group, module)] : [] };
    });
}

function xmlOccurrence(id: string, body: string, module: string, modelKnown: (xmlid: string) => boolean): Occurrence {
  const modelRef = /name="model_id"[^>]*\bref="([^"]+)"/.exec(body)?.[1];
  const bySearch = /name="model_id"[^>]*\bsearch=/.test(body);
  const groupField = /name="groups?(_id)?"[^>]*\b(eval|ref)="([^"]+)"/.exec(body);
  const groupRefs = groupField
    ? groupField[2] === 'ref'
      ? [groupField[3]!]
      : [...groupField[3]!.matchAll(/ref\('([^']+)'\)/g)].map((m) => m[1]!)
    : [];
  const known = bySearch || (modelRef !== undefined ? modelKnown(qualify(modelRef, module)) : true);
  return { id, modelKnown: known, groupRefs: groupRefs.map((g) => qualify(g, module)) };
}
