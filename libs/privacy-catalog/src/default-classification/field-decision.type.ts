import type { Classification } from '@sightline/odoo-model';

/** A model field, by name. */
export interface FieldRef {
  readonly model: string;
  readonly field: string;
}

/** The field holds personal data of these categories and subjects. */
export interface PersonalFieldDecision extends Classification {
  readonly personal: true;
}

/** The field was looked at and holds no personal data, for the reason given. */
export interface NotPersonalFieldDecision extends FieldRef {
  readonly personal: false;
  readonly reason: string;
}

export type FieldDecision = PersonalFieldDecision | NotPersonalFieldDecision;
