/**
 * A group's headline chain: the `via` that grants the most of its fields (the first of them on a tie,
 * fields in report order). One field through the contract manager and a hundred through Employees /
 * Officer give the officer's chain. Empty when no field names a chain.
 */
export function headlineVia(fields: readonly { readonly via: readonly string[] }[]): readonly string[] {
  const counts = new Map<string, { via: readonly string[]; count: number }>();
  for (const { via } of fields) {
    if (via.length === 0) continue;
    const key = via.join('\u0000');
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { via, count: 1 });
  }
  let best: { via: readonly string[]; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.via ?? [];
}
