import { isPyTuple } from '@sightline/odoo-python';

/** Odoo's False: unset values (`false`, `null`, `undefined`) all compare as False. */
export function isUnset(value: unknown): boolean {
  return value === false || value === null || value === undefined;
}

/** A domain value as the list an `in` / `child_of` leaf compares against (a scalar is a one-item list). */
export function valueList(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (isPyTuple(value)) return value.items;
  if (value instanceof Set) return [...value];
  return [value];
}
