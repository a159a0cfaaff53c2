import type { FieldGroupRef } from '@sightline/odoo-model';

/** `"hr.group_hr_user,!base.group_portal"` → its entries (`!` negates). */
export function parseFieldGroups(groups: string): FieldGroupRef[] {
  return groups
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => (entry.startsWith('!') ? { xmlid: entry.slice(1).trim(), negated: true } : { xmlid: entry, negated: false }));
}
