import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readModulePythonModels, type SourceSite } from '@sightline/odoo-addons';
import type { Snapshot } from '@sightline/odoo-model';

export interface FieldDefinition {
  readonly model: string;
  readonly field: string;
  readonly type: string;
  /** The last definition in load order (the one Odoo keeps). */
  readonly site: SourceSite;
}

/**
 * Every field the installed modules define, protected or not (the snapshot lists only fields with
 * `groups`): the gate needs unprotected ones to see new personal fields and removed protections.
 */
export function readFieldDefinitions(snapshot: Snapshot, addonsPaths: readonly string[]): ReadonlyMap<string, FieldDefinition> {
  const definitions = new Map<string, FieldDefinition>();
  const modules = [...snapshot.meta.modules].sort((a, b) => a.loadIndex - b.loadIndex);
  for (const { name } of modules) {
    const dir = addonsPaths.map((path) => join(path, name)).find((path) => existsSync(path));
    if (!dir) continue;
    for (const cls of readModulePythonModels(dir, name).classes) {
      for (const f of cls.fields) definitions.set(`${cls.name}/${f.name}`, { model: cls.name, field: f.name, type: f.type, site: f.site });
    }
  }
  return definitions;
}
