/** `#12` → 12: the database id a `#<id>` record key stands for. */
export function idOfRecordKey(key: string): number | null {
  return /^#\d+$/.test(key) ? Number(key.slice(1)) : null;
}
