import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AuditLog } from '@sightline/platform-audit';
import { accessibleWhere, isRole } from '@sightline/platform-auth';
import type { ApiTokenService } from '@sightline/platform-auth';
import { auditActorOf, auditOriginOf, Can, PageArgs, toConnection, toOffsetPage, UserInputError } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { assertMayDelegate } from '../roles/assert-may-delegate.util';
import { ApiTokenConnection, ApiTokenType, CreateApiTokenInput, CreatedApiTokenType, toApiTokenType } from './api-token.type';

@Resolver(() => ApiTokenType)
export class ApiTokenResolver {
  constructor(
    private readonly tokens: ApiTokenService,
    private readonly audit: AuditLog,
  ) {}

  @Can('read', 'Token')
  @Query(() => ApiTokenConnection, { description: "The tenant's API tokens, newest first (never the secrets)." })
  async apiTokens(@Args(() => PageArgs) args: PageArgs, @Ctx() context: RequestContext): Promise<ApiTokenConnection> {
    const page = toOffsetPage(args);
    const where = accessibleWhere(context.ability, 'read', 'Token', { tenantId: 't.tenant_id' });
    const [records, total] = where ? await this.tokens.page(where, page) : [[], 0];
    return toConnection(records.map(toApiTokenType), page, total);
  }

  @Can('create', 'Token')
  @Mutation(() => CreatedApiTokenType, { description: 'Creates an API token for this tenant with one role; the token is in the answer only.' })
  async createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() context: RequestContext): Promise<CreatedApiTokenType> {
    if (!isRole(input.role)) throw new UserInputError('input.role', `unknown role ${JSON.stringify(input.role)}`);
    assertMayDelegate(context, input.role, 'input.role');
    const name = input.name.trim();
    if (name.length < 1 || name.length > 200) throw new UserInputError('input.name', 'expected 1 to 200 characters');
    if (input.expiresAt && input.expiresAt <= new Date()) throw new UserInputError('input.expiresAt', 'must be in the future');
    const { token, record } = await this.tokens.create({ tenantId: context.tenantId, role: input.role, name, expiresAt: input.expiresAt ?? null, createdBy: `${context.principal.kind}:${context.principal.id}` });
    await this.audit.append({
      tenantId: context.tenantId, actor: auditActorOf(context.principal), action: 'token.create', objectType: 'Token', objectIds: [record.id],
      origin: auditOriginOf(context), outcome: 'success',
      details: { role: record.role, name: record.name, prefix: record.prefix, expiresAt: record.expiresAt?.toISOString() ?? null },
    });
    return { token, record: toApiTokenType(record) };
  }

  @Can('delete', 'Token')
  @Mutation(() => Boolean, { description: 'Revokes a token of this tenant; false when there is none or it was revoked already.' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new UserInputError('id', 'expected a token id');
    const revoked = await this.tokens.revoke(context.tenantId, id);
    if (revoked) {
      await this.audit.append({
        tenantId: context.tenantId, actor: auditActorOf(context.principal), action: 'token.revoke', objectType: 'Token', objectIds: [id],
        origin: auditOriginOf(context), outcome: 'success',
      });
    }
    return revoked;
  }
}
