/**
 * Database ids for `keys`, in order: a key's own id when it has one (`explicitId`), else the next
 * id above every explicit one, so assigned ids never collide with ids given later in the list.
 */
export function assignIds(keys: readonly string[], explicitId: (key: string) => number | null, start = 1): Map<string, number> {
  const ids = new Map<string, number>();
  let next = start;
  for (const key of keys) {
    const id = explicitId(key);
    if (id !== null) {
      ids.set(key, id);
      next = Math.max(next, id + 1);
    }
  }
  for (const key of keys) if (!ids.has(key)) ids.set(key, next++);
  return ids;
}
