import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, PersonalData } from '@sightline/platform-graphql';
import { FieldAccess } from '../grants/field-access.enum';
import { GrantExplanationType, RecordCountType, RecordScopeType, ViaPathType } from '../grants/field-grant.type';
import { OdooUserRef, personalDataOfUser } from '../graphql/odoo-entities.type';

@ObjectType('ExposureGrant', { description: 'One user can read (or write) one classified personal-data field: on which records, and why.' })
export class ExposureGrantType {
  @Field(() => OdooUserRef) user!: OdooUserRef;
  @Field() userKey!: string;
  @PersonalData('OdooUser', personalDataOfUser)
  @Field(() => String, { nullable: true }) login!: string | null;
  @PersonalData('OdooUser', personalDataOfUser)
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field() model!: string;
  @Field() field!: string;
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) subjects!: string[];
  @Field() hrData!: boolean;
  @Field(() => FieldAccess) access!: FieldAccess;
  @Field(() => RecordScopeType) scope!: RecordScopeType;
  @Field(() => RecordCountType, { nullable: true, description: '"412 of 415" where the records are mirrored.' }) count!: RecordCountType | null;
  @Field(() => [ViaPathType], { description: 'Implication paths of the groups the explanation names.' }) via!: ViaPathType[];
  @Field(() => GrantExplanationType) explanation!: GrantExplanationType;
}

@ObjectType() export class ExposureGrantConnection extends ConnectionType(ExposureGrantType, 'ExposureGrant') {}
