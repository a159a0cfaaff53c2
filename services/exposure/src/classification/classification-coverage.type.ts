import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { CoverageFinding } from '@sightline/privacy-catalog';
import { ConnectionType } from '@sightline/platform-graphql';

@ObjectType('CoverageReason')
export class CoverageReasonType {
  @Field({ description: 'name, type, groups or model.' }) kind!: string;
  @Field() detail!: string;
  @Field(() => Float) weight!: number;
  @Field(() => String, { nullable: true }) category!: string | null;
}

@ObjectType('CoverageFinding', { description: 'A field nobody decided on that looks personal.' })
export class CoverageFindingType {
  @Field() model!: string;
  @Field() field!: string;
  @Field() type!: string;
  @Field(() => Float, { description: '0–1.' }) score!: number;
  @Field(() => [CoverageReasonType], { description: 'Strongest first.' }) reasons!: CoverageReasonType[];
  @Field(() => [String]) suggestedCategories!: string[];
}

@ObjectType() export class CoverageFindingConnection extends ConnectionType(CoverageFindingType, 'CoverageFinding') {}

@ObjectType('ClassificationCoverage', { description: "How much of the snapshot's fields the classification decides on." })
export class ClassificationCoverageType {
  @Field(() => Int) fieldsChecked!: number;
  @Field(() => Int) classifiedPersonal!: number;
  @Field(() => Int) decidedNotPersonal!: number;
  @Field(() => Int) undecided!: number;
  findings!: readonly CoverageFinding[];
}
