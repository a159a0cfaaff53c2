import { ArgsType, Field, ID } from 'type-graphql';
import { FieldAccess } from '../grants/field-access.enum';

@ArgsType()
export class FieldReadersArgs {
  @Field(() => ID) snapshotId!: string;
  @Field() model!: string;
  @Field() field!: string;
  @Field(() => FieldAccess, { defaultValue: FieldAccess.read }) access!: FieldAccess;
}
