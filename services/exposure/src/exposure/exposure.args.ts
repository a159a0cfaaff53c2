import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '@sightline/platform-graphql';
import { ExposureFilterInput } from './exposure-filter.input';

@ArgsType()
export class ExposureArgs extends PageArgs {
  @Field(() => ID) snapshotId!: string;
  @Field(() => ExposureFilterInput, { nullable: true }) filter?: ExposureFilterInput | null;
}
