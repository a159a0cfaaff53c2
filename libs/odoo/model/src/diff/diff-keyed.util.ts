import { compareStrings } from '../canonical/compare-strings.util';
import { stableStringify } from '../canonical/stable-stringify.util';
import type { Change } from './snapshot-diff.type';

/**
 * Matches two collections by key and reports what was added, removed, or changed; `comparable`
 * projects an item onto the part that counts as its content.
 */
export function diffKeyed<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
  comparable: (item: T) => unknown = (item) => item,
): Change<T>[] {
  const old = new Map(before.map((item) => [keyOf(item), item] as const));
  const now = new Map(after.map((item) => [keyOf(item), item] as const));
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort(compareStrings);
  return keys.flatMap((key) => changeOf(key, old.get(key), now.get(key), comparable));
}

function changeOf<T>(key: string, before: T | undefined, after: T | undefined, comparable: (item: T) => unknown): Change<T>[] {
  if (before === undefined) return [{ key, change: 'added', before: null, after: after as T }];
  if (after === undefined) return [{ key, change: 'removed', before, after: null }];
  if (stableStringify(comparable(before)) === stableStringify(comparable(after))) return [];
  return [{ key, change: 'changed', before, after }];
}
