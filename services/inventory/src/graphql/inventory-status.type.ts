import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('InventoryStatus', { description: "The inventory service's view of its database." })
export class InventoryStatusType {
  /** Exposed by InventoryStatusResolver to administrators only. */
  databaseName!: string;

  serverVersion!: string;

  @Field(() => [String], { description: 'Migrations applied to the inventory schema, oldest first.' })
  migrations!: string[];

  @Field(() => Int, { description: 'Snapshots stored for the current tenant.' })
  snapshotCount!: number;
}
