import { PyTuple } from './py-value.type';
import { pythonBuiltinMethod } from './python-builtin-method.util';
import { PythonFault } from './python.fault';
import { pythonTypeName } from './python-type-name.util';

const BUILTIN_PROTOTYPES: ReadonlySet<unknown> = new Set([
  Object.prototype, Function.prototype, Array.prototype, Map.prototype, Set.prototype, PyTuple.prototype, null,
]);

/**
 * `target.name` with the default lookup: own properties of objects (so plain objects can stand
 * for Odoo records), `Map` entries, methods of caller classes, then a few str/dict/list methods.
 * Dunder names and `constructor`/`prototype` are refused, as Odoo's `safe_eval` refuses them.
 */
export function pythonAttribute(target: unknown, name: string): unknown {
  if (/^__.*__$|^(constructor|prototype|__proto__)$/.test(name)) throw new PythonFault(`access to attribute '${name}' is forbidden`);
  if (target === null || target === undefined) throw missing(target, name);
  if (target instanceof Map && target.has(name)) return target.get(name);
  const own = objectMember(target, name);
  if (own.found) return own.value;
  const method = pythonBuiltinMethod(target, name);
  if (method) return method;
  throw missing(target, name);
}

function objectMember(target: unknown, name: string): { found: boolean; value?: unknown } {
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null) return { found: false };
  for (let owner: object | null = target; !BUILTIN_PROTOTYPES.has(owner); owner = Object.getPrototypeOf(owner)) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, name);
    if (!descriptor) continue;
    const value = descriptor.get ? descriptor.get.call(target) : descriptor.value;
    return { found: true, value: typeof value === 'function' && owner !== target ? value.bind(target) : value };
  }
  return { found: false };
}

function missing(target: unknown, name: string): PythonFault {
  return new PythonFault(`'${pythonTypeName(target)}' object has no attribute '${name}'`);
}
