import { testModelSchemas } from './test-model-schemas.util';
import type { TestRecord } from './test-record.type';
import { TestTable } from './test-table';

/** The in-memory tables of one test database, for one Odoo version. */
export class TestDatabase {
  readonly odooVersion: string;
  readonly major: number;
  readonly #tables: ReadonlyMap<string, TestTable>;

  constructor(odooVersion: string, withHr: boolean) {
    this.odooVersion = odooVersion;
    this.major = Number.parseInt(odooVersion.replace(/^saas[-~]/, ''), 10);
    const schemas = testModelSchemas(this.major, withHr);
    this.#tables = new Map([...schemas].map(([model, fields]) => [model, new TestTable(model, fields)]));
  }

  has(model: string): boolean {
    return this.#tables.has(model);
  }

  table(model: string): TestTable {
    const table = this.#tables.get(model);
    if (!table) throw new Error(`the test database has no model ${model}`);
    return table;
  }

  /** The `ir.model.data` row of an XML id, if any. */
  xmlidRow(xmlid: string): TestRecord | undefined {
    const dot = xmlid.indexOf('.');
    return this.table('ir.model.data').rows().find((row) => row['module'] === xmlid.slice(0, dot) && row['name'] === xmlid.slice(dot + 1));
  }

  /** Adds an `ir.model.data` row naming the record. */
  addXmlid(xmlid: string, model: string, id: number): void {
    const dot = xmlid.indexOf('.');
    this.table('ir.model.data').insert({ module: xmlid.slice(0, dot), name: xmlid.slice(dot + 1), model, res_id: id, noupdate: false });
  }
}
