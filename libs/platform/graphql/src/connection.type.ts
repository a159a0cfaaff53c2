import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type (Relay cursor connections). */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of nodes matching the filter, over all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}
