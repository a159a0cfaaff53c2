import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

// The rule is plain ESM next to eslint.config.mjs; Jest loads it through Node's own loader.
let plugin: { rules: Record<string, unknown> };
beforeAll(async () => {
  plugin = (await import('../eslint/require-authorization.mjs')).default;
});

function lint(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser as Linter.Parser },
      plugins: { sightline: plugin as never },
      rules: { 'sightline/require-authorization': 'error' },
    },
  ], 'resolver.ts');
  return messages.map((message) => message.message);
}

describe('sightline/require-authorization', () => {
  it('accepts resolvers that declare @Can or @Authenticated', () => {
    expect(lint(`class R {
      @Can('read', 'Snapshot') @Query(() => String) a() { return ''; }
      @Authenticated() @Query(() => String) me() { return ''; }
      @Can('update', 'Policy') @Mutation(() => Boolean) b() { return true; }
      @FieldResolver(() => String) @Can('read', 'OdooGroup') c() { return ''; }
      helper() { return 1; }
    }`)).toEqual([]);
  });

  it.each(['Query', 'Mutation', 'FieldResolver'])('fails a @%s without a permission, naming it', (decorator) => {
    expect(lint(`class R { @${decorator}(() => String) secrets() { return ''; } }`)).toEqual([
      'secrets is a GraphQL resolver without @Can(action, subject) or @Authenticated(): declare what it needs',
    ]);
  });

  it('does not take another decorator for a permission', () => {
    expect(lint(`class R { @UseMiddleware(x) @Query(() => String) a() { return ''; } }`)).toHaveLength(1);
  });

  it('requires __resolveReference to be wrapped in authorizedReference', () => {
    expect(lint(`const r = { User: { __resolveReference: authorizedReference({ action: 'read', subject: 'OdooUser' }, async (ref) => ref) } };`)).toEqual([]);
    expect(lint(`const r = { User: { __resolveReference: async (ref) => ref } };`)).toEqual([
      '__resolveReference must be wrapped in authorizedReference(permission, resolve)',
    ]);
    expect(lint(`const r = { User: { __resolveReference(ref) { return ref; } } };`)).toHaveLength(1);
  });
});
