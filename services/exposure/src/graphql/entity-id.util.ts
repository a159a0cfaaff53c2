/** Entity ids are global across snapshots, as the inventory subgraph defines them: `<snapshot id>:<natural key>`. */
export function entityId(snapshotId: string, key: string): string {
  return `${snapshotId}:${key}`;
}

export function splitEntityId(id: string): { snapshotId: string; key: string } | null {
  const at = id.indexOf(':');
  return at <= 0 || at === id.length - 1 ? null : { snapshotId: id.slice(0, at), key: id.slice(at + 1) };
}
