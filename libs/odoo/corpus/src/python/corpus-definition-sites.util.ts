import type { CorpusFieldGroupsRow, EffectiveFieldGroupsRow } from '../facts/corpus-rows.type';

/** One place where the expected answer says a field is defined: module, file, line, and every row that names it. */
export interface DefinitionSite {
  readonly key: string;
  readonly module: string;
  readonly file: string;
  readonly line: number;
  readonly rows: readonly EffectiveFieldGroupsRow[];
  /** The model whose class holds the definition (mixin fields show up under every model that inherits them). */
  readonly owner: string;
}

export const INHERITS_MARK = '(_inherits)';

/**
 * Groups the expected rows by definition site and finds each site's owner: for a string
 * `groups=`, the model `field-groups.csv` lists it under; otherwise the model among the site's rows
 * with the fewest definition sites (a mixin has fewer than the models inheriting it), then the one
 * named like the file.
 */
export function corpusDefinitionSites(
  effective: readonly EffectiveFieldGroupsRow[],
  fieldGroups: readonly CorpusFieldGroupsRow[],
): DefinitionSite[] {
  const bySite = new Map<string, EffectiveFieldGroupsRow[]>();
  for (const row of effective) {
    if (row.set_by_module === INHERITS_MARK) continue;
    const key = `${row.set_by_module}|${row.set_in_file}|${row.line}`;
    bySite.set(key, [...(bySite.get(key) ?? []), row]);
  }
  const siteCount = new Map<string, number>();
  for (const rows of bySite.values()) for (const row of rows) siteCount.set(row.model, (siteCount.get(row.model) ?? 0) + 1);
  return [...bySite].map(([key, rows]) => {
    const { set_by_module: module, set_in_file: file, line } = rows[0];
    return { key, module, file, line: Number(line), rows, owner: siteOwner(rows, module, file, fieldGroups, siteCount) };
  });
}

function siteOwner(
  rows: readonly EffectiveFieldGroupsRow[],
  module: string,
  file: string,
  fieldGroups: readonly CorpusFieldGroupsRow[],
  siteCount: ReadonlyMap<string, number>,
): string {
  const models = rows.map((row) => row.model);
  const listed = fieldGroups.find((fg) => fg.module === module && fg.field === rows[0].field && models.includes(fg.model));
  if (listed) return listed.model;
  const stem = file.split('/').at(-1)!.replace(/\.py$/, '');
  return [...models].sort((a, b) =>
    siteCount.get(a)! - siteCount.get(b)! || Number(b.replace(/\./g, '_') === stem) - Number(a.replace(/\./g, '_') === stem) || (a < b ? -1 : 1),
  )[0];
}

/** The models each model inherits, read from the mixin sites it shows, without those implied by another. */
export function inheritedModels(sites: readonly DefinitionSite[]): Map<string, string[]> {
  const parents = new Map<string, Set<string>>();
  for (const site of sites) {
    for (const row of site.rows) {
      if (row.model === site.owner) continue;
      parents.set(row.model, (parents.get(row.model) ?? new Set()).add(site.owner));
    }
  }
  const ancestors = (model: string, seen: Set<string> = new Set()): Set<string> => {
    for (const parent of parents.get(model) ?? []) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      ancestors(parent, seen);
    }
    return seen;
  };
  return new Map(
    [...parents].map(([model, direct]) => [
      model,
      [...direct].filter((parent) => ![...direct].some((other) => other !== parent && ancestors(other).has(parent))).sort(),
    ]),
  );
}
