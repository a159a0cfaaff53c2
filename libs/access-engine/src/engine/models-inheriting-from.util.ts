import type { ModelInfo } from '@sightline/odoo-model';

/** `models` plus every model that reaches one of them through `_inherits` (their rules are added). */
export function modelsInheritingFrom(all: readonly ModelInfo[], models: ReadonlySet<string>): Set<string> {
  const result = new Set(models);
  if (result.size === 0) return result;
  for (let grew = true; grew; ) {
    grew = false;
    for (const model of all) {
      if (result.has(model.name) || !model.inherits.some((link) => result.has(link.parentModel))) continue;
      result.add(model.name);
      grew = true;
    }
  }
  return result;
}
