import type { FieldGroupRef, FieldGroups } from './field-groups.type';

/** Odoo's marker for "no user may access the field" (`fields.NO_ACCESS`). */
export const NO_ACCESS_GROUPS = '.';

/** Parses a `groups=` string: comma-separated XML ids, each possibly prefixed by `!`. */
export function parseFieldGroups(text: string): FieldGroups {
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const refs: FieldGroupRef[] = entries
    .filter((entry) => entry !== NO_ACCESS_GROUPS)
    .map((entry) => (entry.startsWith('!') ? { xmlid: entry.slice(1).trim(), negated: true } : { xmlid: entry, negated: false }));
  return { text, refs, noAccess: entries.includes(NO_ACCESS_GROUPS), unresolved: false };
}
