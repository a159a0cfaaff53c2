import type { OdooClient } from '../client/odoo-client';
import type { OdooDomain } from '../client/odoo-domain.type';
import type { OdooReadProgress } from '../client/odoo-read-progress.type';
import type { OdooRecord } from '../client/odoo-record.type';
import { OdooProtocolError } from '../errors/odoo-protocol.error';

export interface ModelReadSpec {
  readonly model: string;
  /** Fields the sync cannot do without. */
  readonly fields: readonly string[];
  /** Fields read when the model has them (they differ between versions and installed modules). */
  readonly optional?: readonly string[];
  readonly domain?: OdooDomain;
}

/** Reads whole models, archived records included, asking `fields_get` first which fields exist. */
export class ModelReader {
  readonly #client: OdooClient;
  readonly #pageSize: number | undefined;
  readonly #onProgress: ((progress: OdooReadProgress) => void) | undefined;
  readonly #fields = new Map<string, Promise<ReadonlySet<string>>>();

  constructor(client: OdooClient, pageSize?: number, onProgress?: (progress: OdooReadProgress) => void) {
    this.#client = client;
    this.#pageSize = pageSize;
    this.#onProgress = onProgress;
  }

  fieldNames(model: string): Promise<ReadonlySet<string>> {
    let names = this.#fields.get(model);
    if (!names) {
      names = this.#client.fieldsGet(model, ['type']).then((description) => new Set(Object.keys(description)));
      this.#fields.set(model, names);
    }
    return names;
  }

  async read(spec: ModelReadSpec): Promise<OdooRecord[]> {
    const available = await this.fieldNames(spec.model);
    const missing = spec.fields.filter((field) => !available.has(field));
    if (missing.length > 0) {
      throw new OdooProtocolError(`${this.#client.url} ${spec.model}.fields_get`, `the model has no field ${missing.join(', ')}: is this Odoo 17, 18 or 19?`);
    }
    const fields = [...spec.fields, ...(spec.optional ?? []).filter((field) => available.has(field))];
    return this.#client.readAll(spec.model, {
      domain: spec.domain,
      fields,
      context: { active_test: false },
      pageSize: this.#pageSize,
      onProgress: this.#onProgress,
    });
  }
}
