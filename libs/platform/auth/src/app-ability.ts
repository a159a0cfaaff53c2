import type { ForcedSubject, MongoAbility } from '@casl/ability';
import type { Action, Subject } from './role-rules';

/** A subject type, or an object tagged with one (`subject('ReviewItem', row)`). */
export type AbilitySubject = Subject | ForcedSubject<Subject>;

export type AppAbility = MongoAbility<[Action, AbilitySubject]>;
