import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '@sightline/platform-graphql';

@ArgsType()
export class FieldExposureListArgs extends PageArgs {
  @Field(() => String, { defaultValue: 'all', description: '`all`, `hr` (employees\' and applicants\' personal data) or a data category key.' })
  category!: string;
  @Field(() => String, { nullable: true }) model?: string | null;
}
