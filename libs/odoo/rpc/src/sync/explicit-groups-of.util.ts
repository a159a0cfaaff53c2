import { compareStrings } from '@sightline/odoo-model';

/**
 * The groups of a 17/18 stored `groups_id` that no other held group implies: the smallest set
 * whose closure is the same, i.e. what the user was given as far as the database can tell (Odoo
 * stores implied groups alongside, so what was explicit is lost). Of groups that imply each other,
 * the first by XML id is kept.
 */
export function explicitGroupsOf(held: readonly string[], closure: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const implies = (a: string, b: string) => closure.get(a)?.has(b) ?? false;
  return held.filter((group) => !held.some((other) => other !== group && implies(other, group) && (!implies(group, other) || compareStrings(other, group) < 0)));
}
