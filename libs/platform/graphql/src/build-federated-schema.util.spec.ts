import 'reflect-metadata';
import { graphql } from 'graphql';
import { Query, Resolver } from 'type-graphql';
import { buildFederatedSchema } from './build-federated-schema.util';

/** What pg throws for `select ''::uuid`: SQLSTATE code, severity and PostgreSQL's message. */
const databaseError = Object.assign(new Error('invalid input syntax for type uuid: "x"'), { code: '22P02', severity: 'ERROR' });

@Resolver()
class FailingResolver {
  @Query(() => String)
  async fromDatabase(): Promise<string> {
    throw databaseError;
  }

  @Query(() => String)
  async domainError(): Promise<string> {
    throw new Error('snapshot is being imported');
  }
}

describe('buildFederatedSchema', () => {
  it('answers a PostgreSQL error as a generic internal error with the request id, and logs the original', async () => {
    const schema = await buildFederatedSchema({ resolvers: [FailingResolver] });
    const reported: unknown[] = [];
    const contextValue = { requestId: 'req-1', reportInternalError: (error: unknown) => reported.push(error) };
    const result = await graphql({ schema, source: '{ fromDatabase }', contextValue });
    expect(result.errors?.map((e) => [e.message, e.extensions])).toEqual([
      ['internal error (reference req-1)', { code: 'INTERNAL_SERVER_ERROR', reference: 'req-1' }],
    ]);
    expect(reported).toEqual([databaseError]);
    const other = await graphql({ schema, source: '{ domainError }', contextValue });
    expect(other.errors?.[0].message).toBe('snapshot is being imported');
  });
});
