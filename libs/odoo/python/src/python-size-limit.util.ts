import { PythonFault } from './python.fault';

/**
 * The longest string, list or tuple an evaluation may build (by `*`, `+`, `range()`, `%` widths):
 * `[0] * 10**9` or `range(10**12)` in one data file must end with a located error, not exhaust
 * memory. Far above what Odoo data expressions build.
 */
export const MAX_SEQUENCE_LENGTH = 1_000_000;

/** @throws PythonFault when a result of `length` items would exceed {@link MAX_SEQUENCE_LENGTH}. */
export function checkSequenceLength(length: number): void {
  if (!(length <= MAX_SEQUENCE_LENGTH)) throw new PythonFault(`result too large (more than ${MAX_SEQUENCE_LENGTH} items)`);
}
