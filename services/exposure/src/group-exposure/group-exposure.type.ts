import { Field, ObjectType } from 'type-graphql';
import type { FieldExposure } from '@sightline/access-engine';
import type { Taxonomy } from '@sightline/privacy-catalog';
import { OdooGroupRef } from '../graphql/odoo-entities.type';

@ObjectType('GroupExposure', { description: 'What a member holding this group (plus Internal User, unless it is a portal or public group) can read and write.' })
export class GroupExposureType {
  @Field(() => OdooGroupRef) group!: OdooGroupRef;
  @Field() xmlid!: string;
  @Field(() => [String], { description: 'The groups the hypothetical member holds explicitly.' }) explicitGroupXmlids!: string[];
  @Field(() => [String], { description: 'Those and every group they imply.' }) effectiveGroupXmlids!: string[];
  exposures!: readonly FieldExposure[];
  taxonomy!: Taxonomy;
}
