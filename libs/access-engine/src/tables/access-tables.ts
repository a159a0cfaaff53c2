import { fieldKey } from '@sightline/odoo-model';
import type { GroupIndex } from '../groups/group-index';
import type { OdooSemantics } from '../semantics/odoo-semantics';
import { compileFieldTable, type FieldTable } from './field-table';
import { compileModelTable, type ModelTable } from './model-table';
import { rowsOfModel, type TableSource } from './table-source';

/** See {@link AccessTables.shapeOf}. */
export interface FieldShape {
  readonly id: number;
  readonly table: FieldTable;
}

/**
 * The compiled model and field tables of one snapshot, built on first use. A derived instance (for
 * a changed snapshot) keeps the compiled tables of the models and fields the change did not touch.
 */
export class AccessTables {
  private readonly models = new Map<string, ModelTable>();
  private readonly fields = new Map<string, FieldTable>();
  private readonly shapesByField = new Map<string, FieldShape>();
  private readonly shapeIds = new Map<string, number>();
  private readonly shapeModels: string[] = [];

  constructor(
    readonly source: TableSource,
    private readonly index: GroupIndex,
    private readonly semantics: OdooSemantics,
  ) {}

  model(name: string): ModelTable {
    let table = this.models.get(name);
    if (!table) {
      const inherits = this.source.models.get(name)?.inherits ?? [];
      table = compileModelTable(name, inherits, rowsOfModel(this.source, name), this.index, this.semantics);
      this.models.set(name, table);
    }
    return table;
  }

  /** `key` is `fieldKey({ model, name })`, passed when the caller has it. */
  field(model: string, name: string, key = fieldKey({ model, name })): FieldTable {
    let table = this.fields.get(key);
    if (!table) {
      table = compileFieldTable(model, name, this.source, this.index);
      this.fields.set(key, table);
    }
    return table;
  }

  /**
   * The field's table and a small id shared by the fields of one model whose groups check and
   * explanation are identical: their exposure cells are the same.
   */
  shapeOf(model: string, name: string, key: string): FieldShape {
    let shape = this.shapesByField.get(key);
    if (!shape) {
      const table = this.field(model, name, key);
      const text = `${model}\u0000${table.shape}`;
      let id = this.shapeIds.get(text);
      if (id === undefined) {
        id = this.shapeModels.push(model) - 1;
        this.shapeIds.set(text, id);
      }
      shape = { id, table };
      this.shapesByField.set(key, shape);
    }
    return shape;
  }

  /** The model of a shape id. */
  modelOfShape(id: number): string {
    return this.shapeModels[id]!;
  }

  /**
   * Tables for a changed snapshot. Compiled model tables are kept unless their model is in
   * `touchedModels`; field tables are all dropped when any field or model changed (related and
   * `_inherits` groups can cross models), else kept.
   */
  derive(source: TableSource, index: GroupIndex, touchedModels: ReadonlySet<string>, fieldsTouched: boolean): AccessTables {
    if (source === this.source && index === this.index) return this;
    const derived = new AccessTables(source, index, this.semantics);
    for (const [name, table] of this.models) if (!touchedModels.has(name)) derived.models.set(name, table);
    if (fieldsTouched) return derived;
    for (const [key, table] of this.fields) derived.fields.set(key, table);
    for (const [key, shape] of this.shapesByField) derived.shapesByField.set(key, shape);
    for (const [text, id] of this.shapeIds) derived.shapeIds.set(text, id);
    derived.shapeModels.push(...this.shapeModels);
    return derived;
  }
}
