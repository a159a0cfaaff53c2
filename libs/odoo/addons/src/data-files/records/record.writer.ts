import { pythonRepr } from '@sightline/odoo-python';
import { splitXmlId } from '@sightline/odoo-model';
import { DataFileProblemError } from '../data-file-problem.error';
import { XmlRef } from '../eval/xml-ref.type';
import type { FileReporter } from '../file.reporter';
import type { FieldValue, FieldWrite } from './field-value.type';
import { fieldBoolean, fieldCommands, fieldReference, fieldText } from './field-value.converters';
import { SECURITY_MODEL_SPECS } from './models/security-models.registry';
import type { ProblemSite } from './problem-site.type';
import type { DraftOrigin } from './record-drafts.type';
import type { RecordWrite } from './record-write.type';
import type { RefResolver, TreeModules } from './ref.resolver';
import type { SecurityDataStore } from './security-data.store';
import type { FieldSpec, SecurityModelSpec } from './security-model-spec.type';
import { toSetCommands } from './to-set-commands.util';

const MODEL_NAME = /^[\w.]+$/;

/** Applies record writes to the store with Odoo's create-or-update semantics. */
export class RecordWriter {
  constructor(
    private readonly store: SecurityDataStore,
    private readonly refs: RefResolver,
    private readonly modules: TreeModules,
  ) {}

  /**
   * Creates the record (or extends it when its XML id was seen before, or belongs to a module
   * outside the tree) and writes its fields. `existingOnly` is for `write()` calls, which cannot create.
   */
  write(record: RecordWrite, reporter: FileReporter, existingOnly = false): void {
    const spec = SECURITY_MODEL_SPECS.get(record.model);
    if (!spec) return void this.remember(record, reporter);
    const site = { reporter, line: record.line };
    const draft = existingOnly ? this.existing(spec, record, site) : this.createOrExtend(spec, record, site);
    if (!draft) return;
    for (const field of record.fields) {
      const fieldSpec = spec.fields[field.name];
      if (!fieldSpec || reporter.guard(field.line, () => this.applyField(fieldSpec, draft, field, reporter))) continue;
      // Odoo would refuse the record; an ACL or rule missing a group must not end up wider than written.
      this.store.unresolved.add(draft.xmlid);
    }
  }

  private remember(record: RecordWrite, reporter: FileReporter): void {
    const known = this.store.recordModels.get(record.xmlid);
    if (known && known !== record.model) reporter.error(`${record.xmlid} is already a ${known} record, not ${record.model}`, record.line);
    else this.store.recordModels.set(record.xmlid, record.model);
  }

  private createOrExtend(spec: SecurityModelSpec<DraftOrigin>, record: RecordWrite, site: ProblemSite): DraftOrigin | null {
    const location = { file: site.reporter.context.moduleFile, line: record.line };
    const known = this.store.recordModels.get(record.xmlid);
    if (known && known !== record.model) return this.refuse(site, `${record.xmlid} is already a ${known} record, not ${record.model}`);
    const drafts = spec.drafts(this.store);
    const draft = drafts.get(record.xmlid);
    this.store.recordModels.set(record.xmlid, record.model);
    const module = splitXmlId(record.xmlid)?.module ?? '';
    if (draft) {
      // Records Odoo creates in SQL before any data file are defined by their module's first record.
      if (!draft.source && draft.extensions.length === 0 && this.modules.discovered.has(module)) draft.source = location;
      else draft.extensions.push(location);
      return draft;
    }
    if (this.modules.discovered.has(module) && !this.modules.installed.has(module)) {
      return this.refuse(site, `${record.xmlid} refers to module '${module}', which is not installed`);
    }
    const created = spec.create(record.xmlid);
    if (this.modules.discovered.has(module)) created.source = location;
    else {
      created.extensions.push(location);
      this.store.externalRefs.add(record.xmlid);
    }
    drafts.set(record.xmlid, created);
    return created;
  }

  private existing(spec: SecurityModelSpec<DraftOrigin>, record: RecordWrite, site: ProblemSite): DraftOrigin | null {
    if (!this.refs.check(record.xmlid, record.model, site)) return null;
    return this.createOrExtend(spec, record, site);
  }

  private refuse(site: ProblemSite, message: string): null {
    site.reporter.error(message, site.line);
    return null;
  }

  /** Writes one field; false when a reference in it could not be used. */
  private applyField(spec: FieldSpec<DraftOrigin>, draft: DraftOrigin, field: FieldWrite, reporter: FileReporter): boolean {
    const site = { reporter, line: field.line };
    if (field.value.kind === 'unsupported') {
      reporter.warn(`${field.name}: ${field.value.reason}; field left unchanged`, field.line);
      return spec.type !== 'model';
    }
    switch (spec.type) {
      case 'text':
        spec.set(draft, fieldText(field.value));
        return true;
      case 'boolean':
        spec.set(draft, fieldBoolean(field.value));
        return true;
      case 'many2one': {
        const xmlid = fieldReference(field.value);
        const usable = xmlid === null || spec.target === null || this.refs.check(xmlid, spec.target, site);
        if (usable) spec.set(draft, xmlid);
        return usable;
      }
      case 'model': {
        const model = this.modelOf(field.value, site);
        if (model) spec.set(draft, model);
        return model !== null;
      }
      case 'x2many': {
        let usable = true;
        const isUsable = (xmlid: string) => {
          const ok = spec.target === null || this.refs.check(xmlid, spec.target, site);
          usable &&= ok;
          return ok;
        };
        spec.apply(draft, toSetCommands(fieldCommands(field.value), isUsable, site), this.store);
        return usable;
      }
    }
  }

  /** An `ir.model` reference: an XML id (`ref=`, `eval="ref(…)"`), or a model name (CSV `model_id`). */
  private modelOf(value: FieldValue, site: ProblemSite): string | null {
    if (value.kind === 'ref') return value.xmlid === null ? null : this.refs.modelName(value.xmlid, site);
    if (value.kind === 'unsupported') return null;
    const read = value.kind === 'text' ? value.text.trim() : value.read();
    if (read instanceof XmlRef) return this.refs.modelName(read.xmlid, site);
    if (typeof read === 'string' && MODEL_NAME.test(read)) return read;
    throw new DataFileProblemError(`expected a model reference, got ${typeof read === 'string' ? `"${read}"` : pythonRepr(read)}`);
  }
}
