import { recordKey } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';

/** Modules of XML ids Odoo makes up for records that had none: a real module's id is preferred. */
const GENERATED_MODULES: ReadonlySet<string> = new Set(['__export__', '__custom__', '__import__']);

/**
 * The XML ids of records, from `ir.model.data`. When a record has several, the one of a real module
 * wins over generated ones, then the oldest (lowest `ir.model.data` id: the declaring module).
 */
export class XmlIdIndex {
  readonly #best = new Map<string, { xmlid: string; rank: number }>();

  constructor(rows: readonly OdooRecord[]) {
    for (const row of rows) {
      const module = String(row['module']);
      const key = `${String(row['model'])}/${String(row['res_id'])}`;
      const rank = (GENERATED_MODULES.has(module) ? 1e12 : 0) + row.id;
      const current = this.#best.get(key);
      if (!current || rank < current.rank) this.#best.set(key, { xmlid: `${module}.${String(row['name'])}`, rank });
    }
  }

  xmlid(model: string, id: number): string | null {
    return this.#best.get(`${model}/${id}`)?.xmlid ?? null;
  }

  /** A data record's natural key: its XML id, else `#<id>` (odoo-model `recordKey`). */
  recordKey(model: string, id: number): string {
    return recordKey(this.xmlid(model, id), id);
  }

  /**
   * A security record's XML id (groups, ACLs, rules… must have one): the real one, else the
   * `__export__.<table>_<id>` form Odoo's export gives records without one (without its random suffix,
   * so the key is stable across syncs).
   */
  xmlidOrExport(model: string, id: number): string {
    return this.xmlid(model, id) ?? `__export__.${model.replace(/\./g, '_')}_${id}`;
  }
}
