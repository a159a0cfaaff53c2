import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '@sightline/platform-graphql';
import { FieldGrantType, ViaPathType } from './field-grant.type';

@ObjectType('FieldExposure', { description: 'What one user (or a member of one group) can do with one classified field, and why.' })
export class FieldExposureType {
  @Field() model!: string;
  @Field() field!: string;
  @Field(() => [String], { description: 'Data categories, e.g. `user.contact.email`.' }) categories!: string[];
  @Field(() => [String], { description: 'Data subjects, e.g. `employee`.' }) subjects!: string[];
  @Field({ description: 'Personal data of employees or applicants.' }) hrData!: boolean;
  @Field(() => FieldGrantType, { nullable: true }) read!: FieldGrantType | null;
  @Field(() => FieldGrantType, { nullable: true }) write!: FieldGrantType | null;
  @Field(() => [ViaPathType], { description: 'For every group the explanations name: the implication path that gives it.' }) via!: ViaPathType[];
}

@ObjectType() export class FieldExposureConnection extends ConnectionType(FieldExposureType, 'FieldExposure') {}
