import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AuditLog } from '@sightline/platform-audit';
import { isRole } from '@sightline/platform-auth';
import type { AssignablePrincipal, Role, RoleAssignmentService } from '@sightline/platform-auth';
import { auditActorOf, auditOriginOf, Can, UserInputError } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { assertMayDelegate } from './assert-may-delegate.util';
import { RoleAssignmentInput, RoleAssignmentType } from './role-assignment.type';

@Resolver(() => RoleAssignmentType)
export class RoleAssignmentResolver {
  constructor(
    private readonly assignments: RoleAssignmentService,
    private readonly audit: AuditLog,
  ) {}

  @Can('read', 'RoleAssignment')
  @Query(() => [RoleAssignmentType], { description: 'Who holds which role in this tenant (API tokens carry theirs; see apiTokens).' })
  roleAssignments(@Ctx() context: RequestContext): Promise<RoleAssignmentType[]> {
    return this.assignments.listInTenant(context.tenantId);
  }

  @Can('create', 'RoleAssignment')
  @Mutation(() => Boolean, { description: 'Grants a role in this tenant; false when it was held already.' })
  async grantRole(@Arg('input', () => RoleAssignmentInput) input: RoleAssignmentInput, @Ctx() context: RequestContext): Promise<boolean> {
    const { kind, id, role } = await this.resolve(input, context);
    assertMayDelegate(context, role, 'input.role');
    const granted = await this.assignments.grant(kind, id, context.tenantId, role, `${context.principal.kind}:${context.principal.id}`);
    if (granted) await this.record(context, 'role.grant', kind, id, role);
    return granted;
  }

  @Can('delete', 'RoleAssignment')
  @Mutation(() => Boolean, { description: 'Takes a role in this tenant away; false when it was not held.' })
  async revokeRole(@Arg('input', () => RoleAssignmentInput) input: RoleAssignmentInput, @Ctx() context: RequestContext): Promise<boolean> {
    const { kind, id, role } = await this.resolve(input, context);
    assertMayDelegate(context, role, 'input.role', 'delete');
    if (kind === context.principal.kind && id === context.principal.id && role === 'admin') {
      throw new UserInputError('input.role', 'an administrator cannot take away their own admin role (ask another administrator)');
    }
    const revoked = await this.assignments.revoke(kind, id, context.tenantId, role);
    if (revoked) await this.record(context, 'role.revoke', kind, id, role);
    return revoked;
  }

  /**
   * Local users are platform-wide accounts: an administrator reaches only those of their own tenant
   * (holding a role there; others join through the operator, `sightline user create --tenant`), and
   * the error is the same whether a login does not exist or belongs to other tenants only.
   */
  private async resolve(input: RoleAssignmentInput, context: RequestContext): Promise<{ kind: AssignablePrincipal; id: string; role: Role }> {
    if (!isRole(input.role)) throw new UserInputError('input.role', `unknown role ${JSON.stringify(input.role)}`);
    if (input.principalKind === 'oidc') {
      if (input.principal.length < 1 || input.principal.length > 255) throw new UserInputError('input.principal', 'expected the OIDC subject');
      return { kind: 'oidc', id: input.principal, role: input.role };
    }
    if (input.principalKind !== 'user') throw new UserInputError('input.principalKind', 'expected user or oidc');
    const id = await this.assignments.localUserIdInTenant(input.principal, context.tenantId);
    if (!id) throw new UserInputError('input.principal', `no local user with login ${JSON.stringify(input.principal)} in this tenant (new users join through \`sightline user create --tenant\`)`);
    return { kind: 'user', id, role: input.role };
  }

  private record(context: RequestContext, action: string, kind: string, id: string, role: string) {
    return this.audit.append({
      tenantId: context.tenantId, actor: auditActorOf(context.principal), action, objectType: 'RoleAssignment', objectIds: [`${kind}:${id}`],
      origin: auditOriginOf(context), outcome: 'success', details: { role },
    });
  }
}
