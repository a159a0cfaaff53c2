import { GraphQLError } from 'graphql';

/** A bad argument: the GraphQL error names the argument and the reason, with code BAD_USER_INPUT. */
export class UserInputError extends GraphQLError {
  constructor(argument: string, reason: string) {
    super(`${argument}: ${reason}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}
