import { Field, InputType } from 'type-graphql';
import { WhatIfChangeKind } from './what-if-change-kind.enum';

@InputType('WhatIfChangeInput', {
  description: 'A proposed change: memberships need userKey and groupXmlid, implications groupXmlid and impliedXmlid.',
})
export class WhatIfChangeInput {
  @Field(() => WhatIfChangeKind) kind!: WhatIfChangeKind;
  @Field(() => String, { nullable: true }) userKey?: string | null;
  @Field(() => String, { nullable: true }) groupXmlid?: string | null;
  @Field(() => String, { nullable: true, description: 'The group that groupXmlid implies (or would imply).' }) impliedXmlid?: string | null;
}
