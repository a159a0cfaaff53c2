import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The inventory subgraph owns these entities; this subgraph adds fields to them by key.

@Directive('@key(fields: "id")')
@ObjectType('OdooUser')
export class OdooUserRef {
  @Field(() => ID, { description: '`<snapshot id>:<user key>`' }) id!: string;
  snapshotId!: string;
  key!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('OdooGroup')
export class OdooGroupRef {
  @Field(() => ID, { description: '`<snapshot id>:<xml id>`' }) id!: string;
  snapshotId!: string;
  xmlid!: string;
}

/** Login and name on exposure types are the Odoo user's personal data: authorised and audited per user. */
export const personalDataOfUser = { idOf: (root: { user: OdooUserRef }) => root.user.id };
