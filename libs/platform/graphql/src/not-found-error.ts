import { GraphQLError } from 'graphql';

export class NotFoundError extends GraphQLError {
  constructor(kind: string, id: string) {
    super(`${kind} ${id} does not exist`, { extensions: { code: 'NOT_FOUND', kind, id } });
  }
}
