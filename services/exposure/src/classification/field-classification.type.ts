import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '@sightline/platform-graphql';

@ObjectType('FieldClassification', { description: 'A field classified as personal data, by the default catalog or a tenant override.' })
export class FieldClassificationType {
  @Field() model!: string;
  @Field() field!: string;
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) subjects!: string[];
  @Field() hrData!: boolean;
  @Field({ description: 'GDPR Art. 9/10 special-category data.' }) specialCategory!: boolean;
  @Field({ description: '`default:<version>` or `tenant overrides`.' }) source!: string;
}

@ObjectType() export class FieldClassificationConnection extends ConnectionType(FieldClassificationType, 'FieldClassification') {}
