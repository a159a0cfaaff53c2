import { Field, InputType } from 'type-graphql';

@InputType('ClassifyFieldInput', { description: 'Declares a field personal data (for every snapshot of the tenant).' })
export class ClassifyFieldInput {
  @Field() model!: string;
  @Field() field!: string;
  @Field(() => [String], { description: 'Data category keys of the taxonomy, e.g. `user.contact.email`.' }) categories!: string[];
  @Field(() => [String], { description: 'Data subject keys, e.g. `employee`.' }) subjects!: string[];
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType('DeclassifyFieldInput', { description: 'Declares a field not personal data (for every snapshot of the tenant).' })
export class DeclassifyFieldInput {
  @Field() model!: string;
  @Field() field!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType('ClassificationFieldInput')
export class ClassificationFieldInput {
  @Field() model!: string;
  @Field() field!: string;
}
