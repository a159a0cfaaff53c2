import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { ConnectionType, PersonalData } from '@sightline/platform-graphql';

@ObjectType({ description: 'Where a record or field was defined in the addon sources.' })
export class SourceLocationType {
  @Field() file!: string;
  @Field(() => Int) line!: number;
}

@ObjectType('Perms', { description: 'The operations a row grants (ACL) or constrains (rule).' })
export class PermsType {
  @Field() read!: boolean;
  @Field() write!: boolean;
  @Field() create!: boolean;
  @Field() unlink!: boolean;
}

@ObjectType('OdooCategory')
export class CategoryType {
  @Field() xmlid!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType('OdooGroup', { description: 'A `res.groups` of one snapshot.' })
export class OdooGroupType {
  @Field(() => ID, { description: '`<snapshot id>:<xml id>`' }) id!: string;
  @Field(() => ID) snapshotId!: string;
  @Field() xmlid!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field() module!: string;
  @Field(() => CategoryType, { nullable: true, description: '17/18 `category_id`.' }) category!: CategoryType | null;
  @Field(() => CategoryType, { nullable: true, description: '19+ `privilege_id`.' }) privilege!: CategoryType | null;
  @Field() share!: boolean;
  @Field(() => String, { nullable: true, description: 'internal, portal or public for the user-type groups.' })
  userType!: string | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => SourceLocationType, { nullable: true }) source!: SourceLocationType | null;
}

@Directive('@key(fields: "id")')
@ObjectType('OdooUser', { description: 'A `res.users` of one snapshot.' })
export class OdooUserType {
  @Field(() => ID, { description: '`<snapshot id>:<user key>`' }) id!: string;
  @Field(() => ID) snapshotId!: string;
  @Field({ description: 'XML id, else `#<database id>`.' }) key!: string;
  @Field(() => Int, { nullable: true }) odooId!: number | null;
  @PersonalData('OdooUser')
  @Field(() => String, { nullable: true }) login!: string | null;
  @PersonalData('OdooUser')
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field() active!: boolean;
  @Field() share!: boolean;
  @Field(() => String, { nullable: true }) userType!: string | null;
  @Field(() => String, { nullable: true }) companyKey!: string | null;
  @Field(() => [String]) companyKeys!: string[];
  @Field(() => GraphQLDateTime, { nullable: true }) loginDate!: Date | null;
  @Field(() => String, { nullable: true }) employeeKey!: string | null;
  @Field(() => String, { nullable: true }) departmentKey!: string | null;
}

@ObjectType('OdooModel', { description: 'An `ir.model` of one snapshot.' })
export class OdooModelType {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field({ description: 'Model, TransientModel or AbstractModel.' }) kind!: string;
  @Field(() => String, { nullable: true }) module!: string | null;
  @Field(() => GraphQLJSON, { description: '`_inherits` delegations: [{parentModel, field}].' }) inherits!: unknown;
}

@ObjectType('FieldGroupRef')
export class FieldGroupRefType {
  @Field() xmlid!: string;
  @Field({ description: 'A `!group`: holders of it may not access the field.' }) negated!: boolean;
}

@ObjectType('OdooField', { description: 'A model field with the groups that really protect it.' })
export class OdooFieldType {
  @Field() model!: string;
  @Field() name!: string;
  @Field() type!: string;
  @Field(() => String, { nullable: true }) relation!: string | null;
  @Field(() => String, { nullable: true }) related!: string | null;
  @Field(() => [FieldGroupRefType]) groups!: FieldGroupRefType[];
  @Field({ description: 'explicit, related, inherited, catalog, live or none.' }) groupsSource!: string;
  @Field(() => String, { nullable: true }) setByModule!: string | null;
  @Field(() => SourceLocationType, { nullable: true }) setBy!: SourceLocationType | null;
}

@ObjectType('OdooAcl', { description: 'An `ir.model.access` row. No group: it applies to every user.' })
export class OdooAclType {
  @Field() xmlid!: string;
  @Field() name!: string;
  @Field() model!: string;
  @Field(() => String, { nullable: true }) groupXmlid!: string | null;
  @Field(() => PermsType) perms!: PermsType;
  @Field() active!: boolean;
  @Field() module!: string;
  @Field(() => SourceLocationType, { nullable: true }) source!: SourceLocationType | null;
}

@ObjectType('OdooRule', { description: 'An `ir.rule`. No groups: global (AND-ed with every other rule).' })
export class OdooRuleType {
  @Field() xmlid!: string;
  @Field() name!: string;
  @Field() model!: string;
  @Field(() => [String]) groupXmlids!: string[];
  @Field() global!: boolean;
  @Field(() => String, { nullable: true, description: '`domain_force` as written.' }) domain!: string | null;
  @Field(() => PermsType) perms!: PermsType;
  @Field() active!: boolean;
  @Field() module!: string;
  @Field(() => SourceLocationType, { nullable: true }) source!: SourceLocationType | null;
}

@ObjectType('OdooModule')
export class OdooModuleType {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) version!: string | null;
  @Field(() => [String]) depends!: string[];
  @Field(() => Int, { description: 'Position in the load order (base is 0).' }) loadIndex!: number;
}

@ObjectType() export class OdooGroupConnection extends ConnectionType(OdooGroupType, 'OdooGroup') {}
@ObjectType() export class OdooUserConnection extends ConnectionType(OdooUserType, 'OdooUser') {}
@ObjectType() export class OdooModelConnection extends ConnectionType(OdooModelType, 'OdooModel') {}
@ObjectType() export class OdooFieldConnection extends ConnectionType(OdooFieldType, 'OdooField') {}
@ObjectType() export class OdooAclConnection extends ConnectionType(OdooAclType, 'OdooAcl') {}
@ObjectType() export class OdooRuleConnection extends ConnectionType(OdooRuleType, 'OdooRule') {}
@ObjectType() export class OdooModuleConnection extends ConnectionType(OdooModuleType, 'OdooModule') {}
