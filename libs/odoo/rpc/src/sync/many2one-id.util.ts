/** A many2one as `search_read` gives it (`[id, "name"]`, a bare id, or `false`) as an id, or null. */
export function many2oneId(value: unknown): number | null {
  if (Array.isArray(value) && typeof value[0] === 'number') return value[0];
  return typeof value === 'number' ? value : null;
}
