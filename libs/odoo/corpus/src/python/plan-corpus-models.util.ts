import { corpusDefinitionSites, inheritedModels, INHERITS_MARK, type DefinitionSite } from './corpus-definition-sites.util';
import type { CorpusModelFacts } from '../facts/corpus-model-facts.type';
import type { CorpusFieldGroupsRow, EffectiveFieldGroupsRow } from '../facts/corpus-rows.type';
import { corpusLoadOrder } from './corpus-load-order.util';
import { dependencyClosure } from './dependency-closure.util';
import type { PlannedClass, PlannedField, PlannedModule } from './corpus-model-plan.type';

const RELATED_SOURCE = /^related:([\w.]+)->([\w.]+)\.(\w+)/;
const EXPRESSION_GROUPS = /^<expr:(.+)>$/;

/**
 * Reconstructs, from the corpus tables, the model classes a real tree must contain: a class per
 * `models.csv` row; each field of `field-groups.csv` at the file and line the expected answer
 * gives; the mixins a model inherits (its rows repeat a mixin's definition sites); `_inherits`
 * (rows set by `(_inherits)`); related fields (rows whose groups come from a related path) with the
 * Many2one their path starts with; and fields a model redefines without groups (a parent's row it
 * lacks). It writes no answer: groups appear only where `groups=` is written.
 */
export function planCorpusModels(facts: CorpusModelFacts): PlannedModule[] {
  return new CorpusModelPlanner(facts).plan();
}

class CorpusModelPlanner {
  private readonly position: ReadonlyMap<string, number>;
  private readonly dependsOn: (module: string) => ReadonlySet<string>;
  private readonly classes: PlannedClass[] = [];
  private readonly named = new Map<string, PlannedClass[]>();
  private readonly creatorKind = new Map<string, string>();
  private readonly rowsByModel = new Map<string, Map<string, EffectiveFieldGroupsRow>>();
  private readonly sites: DefinitionSite[];

  constructor(private readonly facts: CorpusModelFacts) {
    this.position = new Map(corpusLoadOrder(facts.manifests, () => true).map((module, index) => [module, index]));
    this.dependsOn = dependencyClosure(facts.manifests);
    this.sites = corpusDefinitionSites(facts.effective, facts.fieldGroups);
    for (const row of facts.effective) {
      this.rowsByModel.set(row.model, (this.rowsByModel.get(row.model) ?? new Map()).set(row.field, row));
    }
  }

  plan(): PlannedModule[] {
    this.addNamedClasses();
    const placed = this.addSiteFields();
    this.addFreeFieldGroups(placed);
    this.addMixins();
    this.addInherits();
    this.addRelatedPathStarts();
    this.addRedefinitionsWithoutGroups();
    return this.modules();
  }

  /** The creator of a model is its first `_name` class in load order with a description; the others extend it. */
  private addNamedClasses(): void {
    const byModel = new Map<string, typeof this.facts.models[number][]>();
    for (const row of this.facts.models) byModel.set(row.model, [...(byModel.get(row.model) ?? []), row]);
    for (const [model, rows] of byModel) {
      const ordered = [...rows].sort((a, b) => this.pos(a.module) - this.pos(b.module));
      const creator = ordered.find((row) => row.description !== '') ?? ordered[0];
      const sorted = [creator, ...ordered.filter((row) => row !== creator)];
      this.creatorKind.set(model, creator.kind);
      this.named.set(model, sorted.map((row) => this.newClass({
        module: row.module, model, kind: row.kind, declaresName: true, inherit: row === creator ? [] : [model],
        ...(row.description ? { description: row.description } : {}),
      })));
    }
  }

  private addSiteFields(): Set<CorpusFieldGroupsRow> {
    const placed = new Set<CorpusFieldGroupsRow>();
    for (const site of this.sites) {
      const row = site.rows.find((r) => r.model === site.owner)!;
      const listed = this.facts.fieldGroups.find((fg) => fg.module === site.module && fg.model === site.owner && fg.field === row.field);
      if (listed) placed.add(listed);
      this.classFor(site.module, site.owner, site.file).fields.push({
        name: row.field,
        type: listed?.type ?? row.type,
        ...(listed?.string ? { label: listed.string } : {}),
        ...(row.groups_source === 'explicit' ? { groups: writtenGroups(row, listed) } : {}),
        ...(row.related ? { related: row.related } : {}),
        line: site.line,
      });
    }
    return placed;
  }

  /** Fields with `groups=` that no expected row places (those of models the answer leaves out). */
  private addFreeFieldGroups(placed: ReadonlySet<CorpusFieldGroupsRow>): void {
    for (const fg of this.facts.fieldGroups) {
      if (placed.has(fg)) continue;
      this.classFor(fg.module, fg.model).fields.push({
        name: fg.field, type: fg.type, groups: { text: fg.groups }, ...(fg.string ? { label: fg.string } : {}),
      });
    }
  }

  /** A mixin goes on the first `_name` class of the model whose module can see the mixin's module. */
  private addMixins(): void {
    for (const [model, parents] of inheritedModels(this.sites)) {
      for (const parent of parents) {
        const parentModule = this.named.get(parent)?.[0].module ?? '';
        const candidates = [...(this.named.get(model) ?? [])].sort((a, b) => this.pos(a.module) - this.pos(b.module));
        const holder = candidates.find((cls) => cls.module === parentModule || this.dependsOn(cls.module).has(parentModule)) ?? candidates[0];
        holder.inherit.push(parent);
      }
    }
  }

  private addInherits(): void {
    for (const row of this.facts.effective) {
      if (row.set_by_module !== INHERITS_MARK) continue;
      const [, path, parent] = RELATED_SOURCE.exec(row.groups_source)!;
      const through = path.split('.')[0];
      const creator = this.named.get(row.model)![0];
      if (!creator.inherits.some(([model]) => model === parent)) creator.inherits.push([parent, through]);
      if (!this.setComodel(row.model, through, parent)) {
        creator.fields.push({ name: through, type: 'Many2one', comodel: parent, delegation: true });
      }
    }
  }

  /** `related='employee_id.private_email'` needs `employee_id` to point to `hr.employee`. */
  private addRelatedPathStarts(): void {
    for (const site of this.sites) {
      const row = site.rows.find((r) => r.model === site.owner)!;
      const match = RELATED_SOURCE.exec(row.groups_source);
      if (!match) continue;
      const hops = match[1].split('.');
      if (hops.length !== 2) throw new Error(`${site.key}: cannot infer the models along related path ${match[1]}`);
      if (!this.setComodel(site.owner, hops[0], match[2])) {
        this.classFor(site.module, site.owner, site.file).fields.push({ name: hops[0], type: 'Many2one', comodel: match[2] });
      }
    }
  }

  /** A parent's field that the child shows no row for: the child defines it again, without groups. */
  private addRedefinitionsWithoutGroups(): void {
    const parents = inheritedModels(this.sites);
    for (const creators of this.named.values()) {
      const child = creators[0];
      const delegations = new Set(child.inherits.map(([, through]) => through));
      const sources = [...child.inherits.map(([parent]) => parent), ...(parents.get(child.model) ?? [])];
      for (const parent of sources) {
        for (const [field, row] of this.rowsByModel.get(parent) ?? []) {
          if (this.rowsByModel.get(child.model)?.has(field) || delegations.has(field)) continue;
          const module = this.position.has(row.set_by_module) ? row.set_by_module : child.module;
          this.classFor(module, child.model).fields.push({ name: field, type: row.type });
        }
      }
    }
  }

  private setComodel(model: string, field: string, comodel: string): boolean {
    const definitions = this.classes.filter((cls) => cls.model === model).flatMap((cls) => cls.fields).filter((f) => f.name === field);
    for (const definition of definitions) {
      if (definition.comodel && definition.comodel !== comodel) throw new Error(`${model}.${field} points to ${definition.comodel} and ${comodel}`);
      definition.comodel = comodel;
    }
    return definitions.length > 0;
  }

  /** The class of `model` in `module` (in `file` when given): a `_name` class not placed yet, else an `_inherit` one. */
  private classFor(module: string, model: string, file?: string): PlannedClass {
    const own = this.classes.filter((cls) => cls.module === module && cls.model === model);
    const found = file === undefined ? own[0] : own.find((cls) => cls.file === file) ?? own.find((cls) => cls.file === undefined && cls.declaresName);
    if (found) {
      if (file !== undefined) found.file = file;
      return found;
    }
    const kind = this.creatorKind.get(model) ?? 'Model';
    return this.newClass({ module, model, kind, declaresName: false, inherit: [model], ...(file === undefined ? {} : { file }) });
  }

  private newClass(init: Omit<PlannedClass, 'inherits' | 'fields'>): PlannedClass {
    const cls: PlannedClass = { ...init, inherits: [], fields: [] };
    this.classes.push(cls);
    return cls;
  }

  private modules(): PlannedModule[] {
    const byModule = new Map<string, PlannedClass[]>();
    for (const cls of this.classes) {
      cls.file ??= defaultFile(cls);
      byModule.set(cls.module, [...(byModule.get(cls.module) ?? []), cls]);
    }
    return [...byModule].sort(([a], [b]) => this.pos(a) - this.pos(b)).map(([name, classes]) => ({ name, classes }));
  }

  private pos(module: string): number {
    return this.position.get(module) ?? Number.MAX_SAFE_INTEGER;
  }
}

function writtenGroups(row: EffectiveFieldGroupsRow, listed: CorpusFieldGroupsRow | undefined): PlannedField['groups'] {
  if (listed) return { text: listed.groups };
  const expression = EXPRESSION_GROUPS.exec(row.groups)?.[1];
  if (expression === undefined) throw new Error(`${row.model}.${row.field}: explicit groups '${row.groups}' missing from field-groups.csv`);
  return { expression };
}

function defaultFile(cls: PlannedClass): string {
  const folder = cls.kind === 'TransientModel' ? 'wizard' : cls.model.startsWith('report.') ? 'report' : 'models';
  return `${folder}/${cls.model.replace(/\./g, '_')}.py`;
}
