import { ArgsType, Field, Int } from 'type-graphql';

export const maxPageSize = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size (default 50, at most ${maxPageSize}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string;
}
