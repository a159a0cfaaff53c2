import { PyTuple } from './py-value.type';
import { PythonFault } from './python.fault';
import { checkSequenceLength } from './python-size-limit.util';
import { pythonRepr, pythonStr } from './python-str.util';

const SPEC = /%(?:\(([^)]*)\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdirfx%])/g;

/** `'text %s' % args`: the printf-style conversions `%s %r %d %i %f %x %%` with flags and width. */
export function pythonPercentFormat(template: string, args: unknown): string {
  const positional = args instanceof PyTuple ? [...args.items] : [args];
  let next = 0;
  const out = template.replace(SPEC, (_match, key: string | undefined, flags: string, width?: string, precision?: string, type?: string) => {
    if (type === '%') return '%';
    const value = key !== undefined ? mappingValue(args, key) : positional[next++];
    if (key === undefined && next > positional.length) throw new PythonFault('not enough arguments for format string');
    return pad(convert(value, type!, precision), flags, width);
  });
  if (!(args instanceof PyTuple) || next === positional.length || template.includes('%(')) return out;
  throw new PythonFault('not all arguments converted during string formatting');
}

function mappingValue(args: unknown, key: string): unknown {
  if (typeof args !== 'object' || args === null || !Object.hasOwn(args, key)) throw new PythonFault(`KeyError: '${key}'`);
  return (args as Record<string, unknown>)[key];
}

function convert(value: unknown, type: string, precision?: string): string {
  if (type === 's') return pythonStr(value);
  if (type === 'r') return pythonRepr(value);
  const number = toNumber(value, type);
  if (type === 'f') return number.toFixed(precision === undefined ? 6 : Math.min(100, Number(precision)));
  if (type === 'x') return Math.trunc(number).toString(16);
  return String(Math.trunc(number));
}

function toNumber(value: unknown, type: string): number {
  if (typeof value === 'number' || typeof value === 'boolean') return Number(value);
  throw new PythonFault(`%${type} format: a real number is required, not ${typeof value === 'string' ? 'str' : typeof value}`);
}

function pad(text: string, flags: string, width?: string): string {
  const size = width === undefined ? 0 : Number(width);
  checkSequenceLength(size);
  if (flags.includes('-')) return text.padEnd(size);
  return flags.includes('0') && /^-?\d/.test(text) ? text.padStart(size, '0') : text.padStart(size);
}
