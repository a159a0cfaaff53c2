import type { ModelInfo, Snapshot } from '@sightline/odoo-model';

/** The snapshot's models plus a bare one for every model its fields, ACLs and rules refer to. */
export function completedModels(snapshot: Snapshot): ModelInfo[] {
  const models = [...snapshot.models];
  const known = new Set(models.map((m) => m.name));
  const referenced = [
    ...snapshot.fields.map((f) => f.model),
    ...snapshot.acls.map((a) => a.model),
    ...snapshot.rules.map((r) => r.model),
    ...models.flatMap((m) => m.inherits.map((link) => link.parentModel)),
  ];
  for (const name of new Set(referenced)) {
    if (!known.has(name)) models.push({ name, description: null, kind: 'Model', module: null, inherits: [] });
  }
  return models;
}
