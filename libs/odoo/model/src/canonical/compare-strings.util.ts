/** Code-unit order, independent of locale (unlike `localeCompare`). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
