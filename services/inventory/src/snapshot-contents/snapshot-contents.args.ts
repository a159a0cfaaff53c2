import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '@sightline/platform-graphql';

@ArgsType()
export class GroupListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Substring of the XML id, name, category or privilege.' }) search?: string;
  @Field(() => String, { nullable: true }) module?: string;
}

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Substring of the key, login or name.' }) search?: string;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
  @Field(() => String, { nullable: true, description: 'Only users who hold this group explicitly.' }) groupXmlid?: string;
}

@ArgsType()
export class ModelListArgs extends PageArgs {
  @Field(() => String, { nullable: true }) search?: string;
}

@ArgsType()
export class FieldListArgs extends PageArgs {
  @Field(() => String, { nullable: true }) model?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only fields restricted by `groups=`.' }) protectedOnly?: boolean;
}

@ArgsType()
export class AccessListArgs extends PageArgs {
  @Field(() => String, { nullable: true }) model?: string;
  @Field(() => String, { nullable: true }) groupXmlid?: string;
}

@ArgsType()
export class MemberListArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: true, description: 'Also users who get the group through groups that imply it.' })
  includeImplied!: boolean;
}
