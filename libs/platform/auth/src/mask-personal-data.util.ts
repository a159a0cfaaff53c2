import { subject as tagSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import type { AppAbility } from './app-ability';
import type { Subject } from './role-rules';

export type Masked<T> = { [K in keyof T]: T[K] | null };

/**
 * Sets every field the ability may not read on this object to null. Conditions are matched against
 * the object, so it must carry them (tenantId, assignedTo, reviewerIds); without them, or when the
 * object cannot be read at all, every field is masked.
 *
 * Null rather than omission: the object keeps its shape, so GraphQL types (masked fields are
 * declared nullable) and JSON consumers see the same keys for every role, and a masked value
 * overwrites rather than falls through when objects are merged (`{ ...row, ...masked }`).
 */
export function maskPersonalData<T extends object>(ability: AppAbility, subjectType: Subject, object: T): Masked<T> {
  const keys = Object.keys(object) as Array<keyof T & string>;
  // A copy: `subject()` tags the object it is given, and the caller's object is not ours to change.
  const tagged = tagSubject(subjectType, { ...object });
  const permitted = new Set(permittedFieldsOf(ability, 'read', tagged, { fieldsFrom: (rule) => rule.fields ?? keys }));
  return Object.fromEntries(keys.map((key) => [key, permitted.has(key) ? object[key] : null])) as Masked<T>;
}
