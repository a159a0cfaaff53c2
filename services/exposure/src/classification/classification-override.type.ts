import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType } from '@sightline/platform-graphql';

@ObjectType('ClassificationOverride', { description: "A tenant's decision on one field, replacing the catalog's default in every snapshot." })
export class ClassificationOverrideType {
  @Field(() => ID) id!: string;
  @Field() model!: string;
  @Field() field!: string;
  @Field() personal!: boolean;
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) subjects!: string[];
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
}

@ObjectType() export class ClassificationOverrideConnection extends ConnectionType(ClassificationOverrideType, 'ClassificationOverride') {}
