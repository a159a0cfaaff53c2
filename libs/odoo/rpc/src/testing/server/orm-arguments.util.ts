import { TestOrmError } from './test-orm.error';

/** Parameter names of the ORM methods the test server implements, after `self` (and `ids` for record methods). */
const SIGNATURES: Readonly<Record<string, { readonly onRecords: boolean; readonly params: readonly string[] }>> = {
  search_read: { onRecords: false, params: ['domain', 'fields', 'offset', 'limit', 'order'] },
  search: { onRecords: false, params: ['domain', 'offset', 'limit', 'order'] },
  search_count: { onRecords: false, params: ['domain', 'limit'] },
  read: { onRecords: true, params: ['fields', 'load'] },
  fields_get: { onRecords: false, params: ['allfields', 'attributes'] },
  context_get: { onRecords: false, params: [] },
};

export interface OrmArguments {
  readonly ids: readonly number[];
  readonly named: Readonly<Record<string, unknown>>;
  readonly context: Readonly<Record<string, unknown>>;
}

/**
 * Binds `execute_kw`'s positional `args` and keyword `kwargs` (or JSON-2's `ids` + body) to the
 * method's parameters, refusing unknown ones as Python would.
 */
export function bindOrmArguments(model: string, method: string, args: readonly unknown[], kwargs: Readonly<Record<string, unknown>>, ids?: readonly number[]): OrmArguments {
  const signature = SIGNATURES[method];
  if (!signature) throw new TestOrmError('builtins.AttributeError', `The method '${method}' does not exist on the model '${model}'`);
  const positional = [...args];
  const recordIds = ids ?? (signature.onRecords ? asIds(positional.shift()) : []);
  const { context = {}, ...rest } = kwargs;
  const named: Record<string, unknown> = {};
  positional.forEach((value, index) => {
    const name = signature.params[index];
    if (!name) throw new TestOrmError('builtins.TypeError', `${method}() takes ${signature.params.length} positional arguments`);
    named[name] = value;
  });
  for (const [name, value] of Object.entries(rest)) {
    if (!signature.params.includes(name)) throw new TestOrmError('builtins.TypeError', `${method}() got an unexpected keyword argument '${name}'`);
    named[name] = value;
  }
  return { ids: recordIds, named, context: context as Record<string, unknown> };
}

function asIds(value: unknown): number[] {
  const ids = typeof value === 'number' ? [value] : value;
  if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id))) throw new TestOrmError('builtins.ValueError', 'expected a list of record ids');
  return ids as number[];
}
