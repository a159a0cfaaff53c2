import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PersonalData } from '@sightline/platform-graphql';
import { FieldAccess } from '../grants/field-access.enum';
import { RecordScopeType } from '../grants/field-grant.type';
import { OdooUserRef, personalDataOfUser } from '../graphql/odoo-entities.type';

@ObjectType('ExposureUser')
export class ExposureUserType {
  @Field(() => OdooUserRef) user!: OdooUserRef;
  @Field() userKey!: string;
  @PersonalData('OdooUser', personalDataOfUser)
  @Field(() => String, { nullable: true }) login!: string | null;
  @PersonalData('OdooUser', personalDataOfUser)
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType() export class ExposureUserConnection extends ConnectionType(ExposureUserType, 'ExposureUser') {}

export interface ChangeUser {
  readonly snapshotId: string;
  readonly login: string | null;
  readonly name: string | null;
}

@ObjectType('ExposureChange', { description: 'Exposure added, removed or changed (another record scope) for the users listed.' })
export class ExposureChangeType {
  @Field({ description: 'added, removed or changed.' }) kind!: string;
  @Field() model!: string;
  @Field() field!: string;
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) subjects!: string[];
  @Field() hrData!: boolean;
  @Field(() => FieldAccess) access!: FieldAccess;
  @Field(() => RecordScopeType, { nullable: true }) before!: RecordScopeType | null;
  @Field(() => RecordScopeType, { nullable: true }) after!: RecordScopeType | null;
  @Field(() => Int) userCount!: number;
  userKeys!: readonly string[];
  userOf!: (key: string) => ChangeUser;
}

@ObjectType() export class ExposureChangeConnection extends ConnectionType(ExposureChangeType, 'ExposureChange') {}

@ObjectType('ExposureDiff', { description: 'Exposure added, removed and changed between two snapshots, or by a proposed change.' })
export class ExposureDiffType {
  @Field({ description: 'Nothing added, removed or changed.' }) identical!: boolean;
  added!: readonly ExposureChangeType[];
  removed!: readonly ExposureChangeType[];
  changed!: readonly ExposureChangeType[];
}
