import { TestOrmError } from './test-orm.error';
import type { TestRecord, TestValue } from './test-record.type';
import type { TestTable } from './test-table';

type Leaf = readonly [unknown, unknown, unknown];

/**
 * Whether `record` matches an Odoo domain, for the subset the connector needs: `&`, `|`, `!`,
 * implicit AND, `= != <> < <= > >= in not in like ilike` on plain fields (no dotted paths), and the
 * constant leaves `(1, '=', 1)` / `(0, '=', 1)`. Prefix notation is evaluated right to left.
 */
export function matchesTestDomain(record: TestRecord, domain: readonly unknown[], table: TestTable): boolean {
  const stack: boolean[] = [];
  for (let index = domain.length - 1; index >= 0; index--) {
    const item = domain[index];
    if (item === '!') stack.push(!pop(stack));
    else if (item === '&' || item === '|') {
      const [a, b] = [pop(stack), pop(stack)];
      stack.push(item === '&' ? a && b : a || b);
    } else stack.push(matchesLeaf(record, leafOf(item), table));
  }
  return stack.every(Boolean);
}

function pop(stack: boolean[]): boolean {
  const value = stack.pop();
  if (value === undefined) throw new TestOrmError('builtins.ValueError', 'Invalid domain: an operator lacks operands');
  return value;
}

function leafOf(item: unknown): Leaf {
  if (!Array.isArray(item) || item.length !== 3) throw new TestOrmError('builtins.ValueError', `Invalid leaf ${JSON.stringify(item)}`);
  return item as unknown as Leaf;
}

function matchesLeaf(record: TestRecord, [field, operator, value]: Leaf, table: TestTable): boolean {
  if (typeof field === 'number') return field === value;
  if (typeof field !== 'string' || (field !== 'id' && !table.fields.has(field))) {
    throw new TestOrmError('builtins.ValueError', `Invalid field ${JSON.stringify(field)} in leaf ${JSON.stringify([field, operator, value])}`);
  }
  const stored = record[field] as TestValue;
  return Array.isArray(stored) ? matchesList(stored, String(operator), value) : matchesScalar(stored as Exclude<TestValue, readonly number[]>, String(operator), value);
}

function matchesList(stored: readonly number[], operator: string, value: unknown): boolean {
  const wanted = Array.isArray(value) ? value : [value];
  const any = wanted.some((item) => (item === false ? stored.length === 0 : stored.includes(item as number)));
  if (operator === '=' || operator === 'in') return any;
  if (operator === '!=' || operator === '<>' || operator === 'not in') return !any;
  throw new TestOrmError('builtins.ValueError', `Invalid operator ${operator} on an x2many field`);
}

function matchesScalar(stored: string | number | boolean, operator: string, value: unknown): boolean {
  switch (operator) {
    case '=':
      return stored === value;
    case '!=':
    case '<>':
      return stored !== value;
    case 'in':
      return asList(value).includes(stored);
    case 'not in':
      return !asList(value).includes(stored);
    case 'like':
    case 'ilike':
      return typeof stored === 'string' && contains(stored, String(value), operator === 'ilike');
    default:
      return compare(stored, operator, value);
  }
}

function compare(stored: string | number | boolean, operator: string, value: unknown): boolean {
  if (stored === false || value === false || value === null) return false;
  const a = stored as number | string;
  const b = value as number | string;
  switch (operator) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      throw new TestOrmError('builtins.ValueError', `Invalid operator ${JSON.stringify(operator)}`);
  }
}

function asList(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new TestOrmError('builtins.ValueError', `the in/not in operators need a list, got ${JSON.stringify(value)}`);
  return value;
}

function contains(text: string, part: string, ignoreCase: boolean): boolean {
  return ignoreCase ? text.toLowerCase().includes(part.toLowerCase()) : text.includes(part);
}
