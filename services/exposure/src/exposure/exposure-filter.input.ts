import { Field, InputType } from 'type-graphql';
import { FieldAccess } from '../grants/field-access.enum';

@InputType('ExposureFilter')
export class ExposureFilterInput {
  @Field(() => String, { defaultValue: 'hr', description: '`hr` (employees\' and applicants\' personal data), `all`, or a data category key with its descendants.' })
  category!: string;
  @Field(() => String, { nullable: true }) model?: string | null;
  @Field(() => String, { nullable: true }) field?: string | null;
  @Field(() => String, { nullable: true }) userKey?: string | null;
  @Field(() => String, { nullable: true, description: 'Only grants this group takes part in (ACL row, admitting field group or matching rule).' })
  groupXmlid?: string | null;
  @Field(() => FieldAccess, { nullable: true }) access?: FieldAccess | null;
}
