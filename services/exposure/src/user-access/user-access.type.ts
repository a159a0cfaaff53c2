import { PersonalData } from '@sightline/platform-graphql';
import { Field, ObjectType } from 'type-graphql';
import type { FieldExposure } from '@sightline/access-engine';
import type { Taxonomy } from '@sightline/privacy-catalog';
import { OdooUserRef, personalDataOfUser } from '../graphql/odoo-entities.type';

@ObjectType('UserAccess', { description: 'Every classified field a user can read, each with the complete explanation.' })
export class UserAccessType {
  @Field(() => OdooUserRef) user!: OdooUserRef;
  @Field() userKey!: string;
  @PersonalData('OdooUser', personalDataOfUser)
  @Field(() => String, { nullable: true }) login!: string | null;
  @PersonalData('OdooUser', personalDataOfUser)
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field({ description: 'The superuser bypasses every check.' }) superuser!: boolean;
  @Field({ description: 'Inactive users (but the superuser) have no access.' }) active!: boolean;
  exposures!: readonly FieldExposure[];
  taxonomy!: Taxonomy;
}
