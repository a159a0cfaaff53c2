import { MIRROR_SCHEMA } from './mirror-schema';
import { MirrorRecord } from './mirror-record';

/**
 * A recordset as a rule's `domain_force` sees it (`user`, `user.employee_id`, `user.env.companies`):
 * `.id` (False when empty), `.ids`, field access mapped over the records (relational fields give
 * recordsets, so `user.employee_id.department_id.id` is False without an employee), `mapped()`,
 * and `env.companies` / `env.company` / `env.user` on users.
 */
export class RecordSetView {
  constructor(
    readonly model: string,
    readonly records: readonly MirrorRecord[],
    private readonly env: RecordSetEnvironment | null = null,
  ) {}

  get id(): unknown {
    return this.records[0]?.identity ?? false;
  }

  get ids(): unknown[] {
    return this.records.map((r) => r.identity);
  }

  mapped(name: string): unknown {
    const field = MIRROR_SCHEMA[this.model]?.[name];
    if (field?.relation) return this.attribute(name);
    return this.records.map((r) => r.values.get(name) ?? false);
  }

  /** `name` on this recordset, or undefined when the model does not mirror that field. */
  attribute(name: string): unknown {
    if (name === 'env' && this.env) return this.env;
    const field = MIRROR_SCHEMA[this.model]?.[name];
    if (!field) return undefined;
    if (!field.relation) return this.records.length === 1 ? (this.records[0]!.values.get(name) ?? false) : false;
    const related = this.records.flatMap((r) => toRecords(r.values.get(name)));
    return new RecordSetView(field.relation, [...new Set(related)]);
  }
}

/** `user.env`: the companies of the rule context and the current company. */
export interface RecordSetEnvironment {
  readonly companies: RecordSetView;
  readonly company: RecordSetView;
  readonly user: RecordSetView;
}

function toRecords(value: unknown): MirrorRecord[] {
  if (value instanceof MirrorRecord) return [value];
  return Array.isArray(value) ? value.filter((v): v is MirrorRecord => v instanceof MirrorRecord) : [];
}
