import { PyTuple } from './py-value.type';
import { pythonEquals } from './python-equality.util';
import { PythonFault } from './python.fault';
import { isPlainObject, pythonTypeName } from './python-type-name.util';

/** Python `item in container`. */
export function pythonContains(container: unknown, item: unknown): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw new PythonFault(`'in <string>' requires string as left operand, not ${pythonTypeName(item)}`);
    return container.includes(item);
  }
  if (Array.isArray(container)) return container.some((x) => pythonEquals(x, item));
  if (container instanceof PyTuple) return container.items.some((x) => pythonEquals(x, item));
  if (container instanceof Set) return container.has(item) || [...container].some((x) => pythonEquals(x, item));
  if (container instanceof Map) return container.has(item);
  if (isPlainObject(container)) return typeof item === 'string' && Object.hasOwn(container, item);
  throw new PythonFault(`argument of type '${pythonTypeName(container)}' is not iterable`);
}
