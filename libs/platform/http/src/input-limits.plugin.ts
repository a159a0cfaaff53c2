import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { badVariableInput } from '@sightline/platform-graphql';
import type { InputLimitsOptions } from '@sightline/platform-graphql';

/**
 * Refuses (HTTP 400, BAD_USER_INPUT naming the argument) an operation whose variables hold a list
 * longer than allowed; lists written in the document are refused by inputLimitsRule.
 */
export function inputLimitsPlugin(options: InputLimitsOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (!operation) return;
          const error = badVariableInput(schema, operation, request.variables, options);
          if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
