import { Field, Int, ObjectType } from 'type-graphql';
import type { FieldReaders, ProfileSummary } from '@sightline/access-engine';
import { ConnectionType, PersonalData } from '@sightline/platform-graphql';
import { FieldAccess } from '../grants/field-access.enum';
import { FieldGrantType } from '../grants/field-grant.type';
import { OdooGroupRef, OdooUserRef, personalDataOfUser } from '../graphql/odoo-entities.type';

@ObjectType('FieldReader')
export class FieldReaderType {
  @Field(() => OdooUserRef) user!: OdooUserRef;
  @Field() userKey!: string;
  @PersonalData('OdooUser', personalDataOfUser)
  @Field(() => String, { nullable: true }) login!: string | null;
  @PersonalData('OdooUser', personalDataOfUser)
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int, { description: 'The access profile: users with the same effective groups and companies.' }) profileId!: number;
  @Field({ description: 'all, own-company, own-records, own-department or custom.' }) scope!: string;
}

@ObjectType('ProfileReaders', { description: 'The users of one access profile and the grant they share.' })
export class ProfileReadersType {
  @Field(() => Int) profileId!: number;
  @Field(() => Int) userCount!: number;
  @Field(() => [String], { description: "The profile's effective groups." }) groupXmlids!: string[];
  @Field(() => FieldGrantType) grant!: FieldGrantType;
}

@ObjectType('GroupReaders', { description: 'Readers holding a group that takes part in their grant.' })
export class GroupReadersType {
  @Field(() => OdooGroupRef) group!: OdooGroupRef;
  @Field() groupXmlid!: string;
  @Field(() => Int) userCount!: number;
}

@ObjectType() export class FieldReaderConnection extends ConnectionType(FieldReaderType, 'FieldReader') {}
@ObjectType() export class ProfileReadersConnection extends ConnectionType(ProfileReadersType, 'ProfileReaders') {}
@ObjectType() export class GroupReadersConnection extends ConnectionType(GroupReadersType, 'GroupReaders') {}

@ObjectType('FieldReaders', { description: 'Who can read (or write) one field: every user, with counts per profile and per group.' })
export class FieldReadersType {
  @Field() model!: string;
  @Field() field!: string;
  @Field({ description: 'The field is classified personal data.' }) classified!: boolean;
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) subjects!: string[];
  @Field() hrData!: boolean;
  @Field(() => FieldAccess) access!: FieldAccess;
  @Field(() => Int) userCount!: number;
  snapshotId!: string;
  readers!: FieldReaders;
  profiles!: ReadonlyMap<number, ProfileSummary>;
  usersByKey!: ReadonlyMap<string, { login: string | null; name: string | null }>;
}
