import { TestOrmError } from './test-orm.error';
import type { TestRecord } from './test-record.type';
import type { TestTable } from './test-table';

/** Sorts by an Odoo `order` clause such as `id`, `name desc, id` (default: id). */
export function sortTestRecords(records: readonly TestRecord[], order: unknown, table: TestTable): TestRecord[] {
  const terms = parseOrder(typeof order === 'string' && order.trim() ? order : 'id', table);
  return [...records].sort((a, b) => {
    for (const { field, descending } of terms) {
      const difference = compareValues(a[field], b[field]);
      if (difference !== 0) return descending ? -difference : difference;
    }
    return a.id - b.id;
  });
}

function parseOrder(order: string, table: TestTable): { field: string; descending: boolean }[] {
  return order.split(',').map((term) => {
    const [field = '', direction = 'asc'] = term.trim().split(/\s+/);
    if (field !== 'id' && !table.fields.has(field)) throw new TestOrmError('builtins.ValueError', `Invalid "order" specified (${order})`);
    return { field, descending: direction.toLowerCase() === 'desc' };
  });
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === false) return 1;
  if (b === false) return -1;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}
