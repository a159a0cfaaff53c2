import { matchesTestDomain } from './evaluate-test-domain.util';
import type { OrmArguments } from './orm-arguments.util';
import { sortTestRecords } from './sort-test-records.util';
import type { TestDatabase } from './test-database';
import { TestOrmError } from './test-orm.error';
import type { TestRecord } from './test-record.type';
import type { TestTable } from './test-table';

/** Runs `search_read`, `search`, `search_count`, `read`, `fields_get` or `context_get` like the ORM. */
export function executeTestOrmMethod(db: TestDatabase, model: string, method: string, args: OrmArguments, uid: number): unknown {
  if (!db.has(model)) throw new TestOrmError('builtins.KeyError', model);
  const table = db.table(model);
  switch (method) {
    case 'search_read':
      return search(table, args).map((record) => formatRecord(db, table, record, args.named['fields']));
    case 'search':
      return search(table, args).map((record) => record.id);
    case 'search_count':
      return search(table, { ...args, named: { domain: args.named['domain'] } }).length;
    case 'read':
      return args.ids.map((id) => formatRecord(db, table, existing(table, id, uid), args.named['fields']));
    case 'fields_get':
      return describeFields(table, args.named['attributes']);
    case 'context_get':
      return { lang: 'en_US', tz: false, uid };
    default:
      throw new TestOrmError('builtins.AttributeError', `The method '${method}' does not exist on the model '${model}'`);
  }
}

function search(table: TestTable, { named, context }: OrmArguments): TestRecord[] {
  const domain = (named['domain'] ?? []) as unknown[];
  if (!Array.isArray(domain)) throw new TestOrmError('builtins.ValueError', 'the domain must be a list');
  const activeTest = context['active_test'] !== false && table.fields.has('active') && !domain.some((leaf) => Array.isArray(leaf) && leaf[0] === 'active');
  const found = table.rows().filter((record) => (!activeTest || record['active'] === true) && matchesTestDomain(record, domain, table));
  const sorted = sortTestRecords(found, named['order'], table);
  const offset = Number(named['offset'] ?? 0);
  const limit = typeof named['limit'] === 'number' ? named['limit'] : undefined;
  return sorted.slice(offset, limit === undefined ? undefined : offset + limit);
}

function existing(table: TestTable, id: number, uid: number): TestRecord {
  const record = table.get(id);
  if (!record) throw new TestOrmError('odoo.exceptions.MissingError', `Record does not exist or has been deleted.\n(Record: ${table.model}(${id},), User: ${uid})`);
  return record;
}

function formatRecord(db: TestDatabase, table: TestTable, record: TestRecord, fields: unknown): Record<string, unknown> {
  const names = Array.isArray(fields) && fields.length > 0 ? (fields as string[]) : [...table.fields.keys()];
  const out: Record<string, unknown> = { id: record.id };
  for (const name of names) {
    const field = table.fields.get(name);
    if (!field && name !== 'id') throw new TestOrmError('builtins.ValueError', `Invalid field '${name}' on model '${table.model}'`);
    if (field?.type === 'many2one' && typeof record[name] === 'number') out[name] = [record[name], displayName(db, field.relation!, record[name] as number)];
    else if (field) out[name] = Array.isArray(record[name]) ? [...(record[name] as number[])] : record[name];
  }
  return out;
}

function displayName(db: TestDatabase, model: string, id: number): string {
  const record = db.has(model) ? db.table(model).get(id) : undefined;
  const name = record?.['name'];
  return typeof name === 'string' ? name : `${model},${id}`;
}

function describeFields(table: TestTable, attributes: unknown): Record<string, Record<string, unknown>> {
  const wanted = Array.isArray(attributes) && attributes.length > 0 ? new Set(attributes as string[]) : undefined;
  const all = [{ name: 'id', type: 'integer', string: 'ID' }, ...table.fields.values()];
  return Object.fromEntries(
    all.map((field) => {
      const description = Object.fromEntries(Object.entries(field).filter(([key, value]) => key !== 'name' && value !== undefined && (!wanted || wanted.has(key))));
      return [field.name, description];
    }),
  );
}
