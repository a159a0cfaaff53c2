import { modelXmlIdName, splitXmlId } from '@sightline/odoo-model';
import type { ProblemSite } from './problem-site.type';
import type { SecurityDataStore } from './security-data.store';

/** What the resolver knows of the tree. */
export interface TreeModules {
  /** Every module found in the addons paths. */
  readonly discovered: ReadonlySet<string>;
  readonly installed: ReadonlySet<string>;
  /** Modules with listed data files that do not exist: their records cannot all be known. */
  readonly withMissingFiles: ReadonlySet<string>;
}

/**
 * Checks XML id references against what was loaded so far, the way Odoo resolves them at load
 * time. References into modules outside the tree are kept (and remembered as external); unknown
 * references inside it are errors.
 */
export class RefResolver {
  private readonly modelsByXmlIdName: ReadonlyMap<string, readonly string[]>;

  constructor(
    private readonly store: SecurityDataStore,
    private readonly modules: TreeModules,
    private readonly modelXmlIds: ReadonlyMap<string, string>,
  ) {
    this.modelsByXmlIdName = indexModelNames(new Set(modelXmlIds.values()));
  }

  /** Whether `xmlid` may be used as a `model` record here; reports why not. */
  check(xmlid: string, model: string, site: ProblemSite): boolean {
    const known = this.store.recordModels.get(xmlid);
    if (known === model) return true;
    if (known !== undefined) return this.fail(site, `${xmlid} is a ${known} record, not ${model}`);
    const module = splitXmlId(xmlid)?.module;
    if (!module) return this.fail(site, `invalid XML id "${xmlid}"`);
    if (!this.modules.discovered.has(module)) {
      this.store.externalRefs.add(xmlid);
      return true;
    }
    if (!this.modules.installed.has(module)) return this.fail(site, `${xmlid} refers to module '${module}', which is not installed`);
    if (this.modules.withMissingFiles.has(module)) {
      site.reporter.warn(`cannot check ${xmlid}: data files of module '${module}' are missing`, site.line);
      return true;
    }
    return this.fail(site, `unknown XML id ${xmlid}: no ${model} record of that id is loaded before this point`);
  }

  /**
   * The model an `ir.model` XML id stands for: from the caller's map, else by Odoo's naming
   * convention (`<module>.model_<name with _>`, created in every module that extends the model)
   * when exactly one known model fits. Null, with a warning or an error, when unknown.
   */
  modelName(xmlid: string, site: ProblemSite): string | null {
    const mapped = this.modelXmlIds.get(xmlid);
    if (mapped) return mapped;
    const parts = splitXmlId(xmlid);
    const candidates = parts ? (this.modelsByXmlIdName.get(parts.name) ?? []) : [];
    if (candidates.length === 1) return candidates[0]!;
    if (parts && !this.modules.discovered.has(parts.module)) {
      this.store.externalRefs.add(xmlid);
      site.reporter.warn(`model of ${xmlid} is unknown (module '${parts.module}' is outside the tree); record left out`, site.line);
      return null;
    }
    const why = candidates.length > 1 ? `ambiguous model XML id ${xmlid}: ${candidates.join(', ')}` : `unknown model XML id ${xmlid}`;
    this.fail(site, why);
    return null;
  }

  private fail(site: ProblemSite, message: string): false {
    site.reporter.error(message, site.line);
    return false;
  }
}

function indexModelNames(models: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  for (const model of models) {
    const name = modelXmlIdName(model);
    index.set(name, [...(index.get(name) ?? []), model]);
  }
  return index;
}
