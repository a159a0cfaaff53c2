/**
 * The subset of MongoDB query syntax the role rules use, as CASL's `rulesToQuery` returns it
 * (with inverted rules converted to `{ $nor: [conditions] }`); null means "nothing is allowed".
 */
export type MongoQuery = { [field: string]: unknown };

/** Field path → SQL expression (qualified with the query's alias); `array` columns hold text[]/uuid[]. */
export type SqlColumnMap = Record<string, string | { sql: string; array: true }>;

export interface SqlCondition {
  where: string;
  parameters: Record<string, unknown>;
}

/**
 * Turns an ability's query into a parameterised WHERE for TypeORM's `qb.andWhere(where, parameters)`,
 * so lists are filtered in SQL. Field names must be in the column map (nothing from the rules is
 * spliced into SQL), values are always bound, and unsupported operators throw rather than widen.
 * Null follows MongoDB: `{ f: null }` and `$ne` match missing values too.
 */
export function mongoQueryToSql(query: MongoQuery | null, columns: SqlColumnMap, prefix = 'ability'): SqlCondition {
  const parameters: Record<string, unknown> = {};
  const bind = (value: unknown) => {
    const name = `${prefix}_${Object.keys(parameters).length}`;
    parameters[name] = value;
    return `:${name}`;
  };
  const column = (field: string) => {
    const mapped = Object.hasOwn(columns, field) ? columns[field] : undefined;
    if (mapped === undefined) throw new Error(`ability query: field ${JSON.stringify(field)} has no column mapping`);
    return typeof mapped === 'string' ? { sql: mapped, array: false } : mapped;
  };

  const document = (doc: MongoQuery): string => {
    const parts = Object.entries(doc).map(([key, value]) => {
      if (key === '$and' || key === '$or' || key === '$nor') {
        if (!Array.isArray(value)) throw new Error(`ability query: ${key} expects an array`);
        const inner = value.map((item) => document(item as MongoQuery));
        if (key === '$and') return inner.length ? `(${inner.join(' and ')})` : 'true';
        if (key === '$or') return inner.length ? `(${inner.join(' or ')})` : 'false';
        return inner.length ? `not (${inner.join(' or ')})` : 'true';
      }
      if (key.startsWith('$')) throw new Error(`ability query: unsupported operator ${key}`);
      return field(column(key), value);
    });
    return parts.length ? `(${parts.join(' and ')})` : 'true';
  };

  const field = (col: { sql: string; array: boolean }, condition: unknown): string => {
    if (isOperatorObject(condition)) {
      const parts = Object.entries(condition).map(([op, value]) => operator(col, op, value));
      return `(${parts.join(' and ')})`;
    }
    return operator(col, '$eq', condition);
  };

  const operator = (col: { sql: string; array: boolean }, op: string, value: unknown): string => {
    switch (op) {
      case '$eq':
        if (value === null) return col.array ? `(${col.sql} is null or cardinality(${col.sql}) = 0)` : `${col.sql} is null`;
        return col.array ? `${bind(scalar(value))} = any(${col.sql})` : `${col.sql} = ${bind(scalar(value))}`;
      case '$ne':
        return `not coalesce(${operator(col, '$eq', value)}, false)`;
      case '$in': {
        const values = list(op, value);
        if (values.length === 0) return 'false';
        const hasNull = values.includes(null);
        const present = values.filter((v) => v !== null);
        const match = present.length === 0 ? 'false' : col.array ? `${col.sql} && ${bind(present)}` : `${col.sql} = any(${bind(present)})`;
        return hasNull ? `(${match} or ${operator(col, '$eq', null)})` : match;
      }
      case '$nin':
        return `not coalesce(${operator(col, '$in', value)}, false)`;
      default:
        throw new Error(`ability query: unsupported operator ${op}`);
    }
  };

  if (query === null) return { where: 'false', parameters };
  return { where: document(query), parameters };
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).every((k) => k.startsWith('$'));
}

function scalar(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) throw new Error('ability query: only scalar values can be compared');
  return value;
}

function list(op: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`ability query: ${op} expects an array`);
  return value.map((item) => (item === null ? null : scalar(item)));
}
