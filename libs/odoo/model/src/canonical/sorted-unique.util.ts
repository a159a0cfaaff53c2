import { compareStrings } from './compare-strings.util';

/** The distinct strings, in code-unit order. */
export function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}
