import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType } from '@sightline/platform-graphql';

export enum OdooProtocolEnum {
  jsonrpc = 'jsonrpc',
  xmlrpc = 'xmlrpc',
  json2 = 'json2',
}
registerEnumType(OdooProtocolEnum, { name: 'OdooProtocol', description: "Odoo's external API: /jsonrpc, /xmlrpc/2 or 19's /json/2." });

@ObjectType('Source', { description: 'Where snapshots come from: a live Odoo database or addon source trees.' })
export class SourceType {
  @Field(() => ID) id!: string;
  @Field({ description: 'odoo or addons.' }) kind!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) odooUrl!: string | null;
  @Field(() => String, { nullable: true }) odooDatabase!: string | null;
  @Field(() => String, { nullable: true }) odooLogin!: string | null;
  @Field(() => OdooProtocolEnum, { nullable: true }) protocol!: OdooProtocolEnum | null;
  @Field(() => [String]) addonsPaths!: string[];
  @Field(() => [String]) installModules!: string[];
  @Field(() => String, { nullable: true }) odooVersion!: string | null;
  @Field(() => ID, { nullable: true, description: 'The snapshot of the last successful sync or import.' })
  currentSnapshotId!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
}

@ObjectType() export class SourceConnection extends ConnectionType(SourceType, 'Source') {}

@ObjectType('JobProgress')
export class JobProgressType {
  @Field(() => String, { nullable: true, description: 'e.g. the Odoo model being read.' }) phase!: string | null;
  @Field(() => Int, { nullable: true }) done!: number | null;
  @Field(() => Int, { nullable: true }) total!: number | null;
}

@ObjectType('Job', { description: 'A sync of a live Odoo or an import of addon trees.' })
export class JobType {
  @Field(() => ID) id!: string;
  @Field(() => ID) sourceId!: string;
  @Field({ description: 'sync or import-addons.' }) kind!: string;
  @Field({ description: 'queued, running, succeeded or failed.' }) status!: string;
  @Field(() => JobProgressType) progress!: JobProgressType;
  @Field(() => String, { nullable: true, description: 'Why it failed (file:line, endpoint…); never a credential.' }) error!: string | null;
  @Field(() => ID, { nullable: true }) snapshotId!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) startedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) finishedAt!: Date | null;
}

@InputType()
export class CreateOdooSourceInput {
  @Field() name!: string;
  @Field({ description: 'Base URL of the Odoo instance, e.g. https://erp.example.com' }) url!: string;
  @Field() database!: string;
  @Field() login!: string;
  @Field({ description: 'API key (or password). Stored encrypted; never returned.' }) apiKey!: string;
  @Field(() => OdooProtocolEnum, { defaultValue: OdooProtocolEnum.jsonrpc }) protocol!: OdooProtocolEnum;
}

@InputType()
export class CreateAddonsSourceInput {
  @Field() name!: string;
  @Field(() => [String], { description: "Addons paths on the server, as given to Odoo --addons-path; an entry may be odoo.conf's comma-separated addons_path." }) addonsPaths!: string[];
  @Field(() => [String], { defaultValue: [], description: 'Modules to install (with their depends); empty: every module found.' })
  install!: string[];
  @Field(() => String, { nullable: true, description: '17.0, 18.0, 19.0…; read from the manifests when absent.' })
  odooVersion!: string | null;
}
