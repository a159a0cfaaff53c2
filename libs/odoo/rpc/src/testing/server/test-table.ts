import type { TestField } from './test-field.type';
import type { TestRecord, TestValue } from './test-record.type';

/** The rows of one model, kept in id order (as a real table scanned by primary key). */
export class TestTable {
  readonly model: string;
  readonly fields: ReadonlyMap<string, TestField>;
  readonly #rows = new Map<number, TestRecord>();
  #nextId = 1;
  #sorted: TestRecord[] | undefined;

  constructor(model: string, fields: readonly TestField[]) {
    this.model = model;
    this.fields = new Map(fields.map((field) => [field.name, field]));
  }

  get size(): number {
    return this.#rows.size;
  }

  /** Inserts a row (unknown columns are refused) and returns its id: `id` when given, else the next free one. */
  insert(values: Readonly<Record<string, TestValue>>, id?: number): number {
    const unknown = Object.keys(values).find((name) => !this.fields.has(name));
    if (unknown) throw new Error(`${this.model} has no field ${unknown}`);
    const rowId = id ?? this.#nextId;
    if (this.#rows.has(rowId)) throw new Error(`${this.model} already has a record ${rowId}`);
    this.#rows.set(rowId, { ...this.defaults(), ...values, id: rowId });
    this.#nextId = Math.max(this.#nextId, rowId + 1);
    this.#sorted = undefined;
    return rowId;
  }

  update(id: number, values: Readonly<Record<string, TestValue>>): void {
    const row = this.get(id);
    if (!row) throw new Error(`${this.model} has no record ${id}`);
    this.#rows.set(id, { ...row, ...values, id });
    this.#sorted = undefined;
  }

  delete(id: number): boolean {
    this.#sorted = undefined;
    return this.#rows.delete(id);
  }

  get(id: number): TestRecord | undefined {
    return this.#rows.get(id);
  }

  /** Every row, in id order. */
  rows(): readonly TestRecord[] {
    this.#sorted ??= [...this.#rows.values()].sort((a, b) => a.id - b.id);
    return this.#sorted;
  }

  private defaults(): Record<string, TestValue> {
    const defaults: Record<string, TestValue> = {};
    for (const field of this.fields.values()) {
      defaults[field.name] = field.type === 'one2many' || field.type === 'many2many' ? [] : field.name === 'active' ? true : false;
    }
    return defaults;
  }
}
