import { Field, Int, ObjectType } from 'type-graphql';
import { FieldAccess } from './field-access.enum';

@ObjectType('RecordScope', { description: 'The records an operation reaches: the combined record-rule domain and its classification.' })
export class RecordScopeType {
  @Field({ description: 'all, own-company, own-records, own-department, none or custom.' }) scope!: string;
  @Field({ description: 'The domain is exactly the scope (not a further restricted subset).' }) exact!: boolean;
  @Field({ description: 'The combined domain in canonical Odoo text (`[]` = all records).' }) domain!: string;
  @Field() explanation!: string;
}

@ObjectType('RecordCount', { description: 'How many mirrored records the user reaches, or why that cannot be told.' })
export class RecordCountType {
  @Field() model!: string;
  @Field() evaluable!: boolean;
  @Field(() => Int, { nullable: true }) matching!: number | null;
  @Field(() => Int, { nullable: true }) total!: number | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field({ description: '"412 of 415" when evaluable, else the reason.' }) text!: string;
}

@ObjectType('GrantingRow', { description: 'An ACL row (`acl`) or post-19 `ir.access` row (`access-row`) that grants the operation.' })
export class GrantingRowType {
  @Field() kind!: string;
  @Field() xmlid!: string;
  @Field() name!: string;
  @Field() model!: string;
  @Field(() => String, { nullable: true, description: 'Null: a group-less row, which applies to every user.' }) groupXmlid!: string | null;
}

@ObjectType('GrantFieldGroup')
export class GrantFieldGroupType {
  @Field() xmlid!: string;
  @Field() negated!: boolean;
}

@ObjectType('FieldGroupsCheck', { description: "The field's effective `groups=` and the user's groups that satisfy it." })
export class FieldGroupsCheckType {
  @Field({ description: 'Only members of a positive group pass.' }) restricted!: boolean;
  @Field(() => [GrantFieldGroupType]) groups!: GrantFieldGroupType[];
  @Field({ description: 'explicit, related, inherited, catalog, live, none or unknown.' }) source!: string;
  @Field(() => String, { nullable: true, description: 'The related target or `_inherits` parent field the groups come from.' })
  resolvedFrom!: string | null;
  @Field(() => [String], { description: "The user's groups among the positive ones." }) admittedBy!: string[];
}

@ObjectType('ScopingRule', { description: 'A record rule (or `ir.access` row) that takes part in the combined domain.' })
export class ScopingRuleType {
  @Field({ description: 'global, group, restriction or permission.' }) kind!: string;
  @Field() xmlid!: string;
  @Field() name!: string;
  @Field() model!: string;
  @Field({ description: 'The domain as written.' }) domain!: string;
  @Field(() => [String], { description: "The user's groups among the rule's groups." }) groupXmlids!: string[];
  @Field(() => String, { nullable: true, description: 'For a rule of an `_inherits` parent: the delegating field.' }) throughField!: string | null;
  @Field(() => String, { nullable: true }) throughModel!: string | null;
}

@ObjectType('GrantExplanation', { description: 'Why an operation is allowed: the superuser bypass, or ACL rows → field groups → rules.' })
export class GrantExplanationType {
  @Field() superuser!: boolean;
  @Field(() => [GrantingRowType]) grantingRows!: GrantingRowType[];
  @Field(() => FieldGroupsCheckType) fieldGroups!: FieldGroupsCheckType;
  @Field(() => [ScopingRuleType]) rules!: ScopingRuleType[];
  @Field({ description: "The model has group rules for the operation but none of the user's: their OR part was left out." })
  groupRulesDropped!: boolean;
}

@ObjectType('ViaPath', { description: 'The implication path from a group held explicitly to a group named in the explanation.' })
export class ViaPathType {
  @Field() groupXmlid!: string;
  @Field(() => [String]) path!: string[];
}

@ObjectType('FieldGrant', { description: 'One allowed operation on one field.' })
export class FieldGrantType {
  @Field(() => FieldAccess) access!: FieldAccess;
  @Field(() => RecordScopeType) scope!: RecordScopeType;
  @Field(() => RecordCountType, { nullable: true, description: 'Set where records are mirrored and counted.' }) count!: RecordCountType | null;
  @Field(() => GrantExplanationType) explanation!: GrantExplanationType;
}
