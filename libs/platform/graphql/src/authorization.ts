import { subject as tagSubject } from '@casl/ability';
import type { Action, Subject } from '@sightline/platform-auth';
import { rolesInTenant } from '@sightline/platform-auth';
import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, UseMiddleware } from 'type-graphql';
import type { AuthCheckerFn, MiddlewareFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './authorization-errors';
import type { RequestContext } from './request-context';

/** What a resolver needs: an action on a subject type of the principal's ability in the request's tenant. */
export interface Permission {
  action: Action;
  subject: Subject;
}

/**
 * Declares the permission a query, mutation or field resolver needs. Every resolver of a service
 * declares one (`@Can` or `@Authenticated`); the `sightline/require-authorization` lint rule fails
 * one that does not. Conditions (tenant, assignee) are enforced where rows are read, with
 * `accessibleWhere` in SQL and `PersonalData` per field.
 */
export function Can(action: Action, subject: Subject): MethodDecorator & PropertyDecorator {
  return Authorized<Permission>([{ action, subject }]);
}

/** Any authenticated principal with a role in the tenant (e.g. `me`). */
export function Authenticated(): MethodDecorator & PropertyDecorator {
  return Authorized<Permission>([]);
}

/** type-graphql's check behind `@Can`/`@Authenticated`; refusals are errors naming the field, and audited. */
export const authorizationChecker: AuthCheckerFn<RequestContext, Permission> = ({ context, info }, permissions) => {
  assertAuthenticated(context);
  const field = fieldPath(info);
  if (rolesInTenant(context.principal, context.tenantId).length === 0) throw new ForbiddenError(field, 'no role in this tenant');
  for (const { action, subject } of permissions) {
    if (!context.ability.can(action, subject)) {
      context.auditTrail.denied(field, action, subject);
      throw new ForbiddenError(field, `${describeRoles(context)} may not ${action} ${subject}`);
    }
  }
  return true;
};

/**
 * Marks a field as personal data of `subjectType`: it resolves to null unless the ability may read
 * that field of such an object in the request's tenant (field-restricted and conditioned rules,
 * e.g. a reviewer's subjects), and each value returned is recorded for the audit log.
 */
export function PersonalData<Root extends object>(subjectType: Subject, options: { idOf?: (root: Root) => string } = {}): MethodDecorator & PropertyDecorator {
  const middleware: MiddlewareFn<RequestContext> = async ({ root, context, info }, next) => {
    const value: unknown = await next();
    if (value === null || value === undefined) return value;
    if (!context.ability.can('read', subjectIn(context, subjectType), info.fieldName)) return null;
    const id = options.idOf ? options.idOf(root as Root) : String((root as { id?: unknown }).id);
    context.auditTrail.personalDataRead(subjectType, id, info.fieldName);
    return value;
  };
  return UseMiddleware(middleware);
}

/**
 * Wraps a federation `__resolveReference`: entities reached through another subgraph are
 * authorised like the query that would return them directly.
 */
export function authorizedReference<Reference, Result>(
  permission: Permission,
  resolve: (reference: Reference, context: RequestContext) => Promise<Result>,
): (reference: Reference, context: unknown, info: unknown) => Promise<Result> {
  // Apollo calls it as (reference, context, info); its resolver map types the last two loosely.
  return async (reference, context, info) => {
    authorizationChecker({ context: context as RequestContext, info: info as GraphQLResolveInfo, root: reference, args: {} }, [permission]);
    return resolve(reference, context as RequestContext);
  };
}

function assertAuthenticated(context: RequestContext | undefined): asserts context is RequestContext {
  if (!context?.principal || !context.ability || !context.tenantId) throw new UnauthenticatedError('no principal in the request context');
}

function fieldPath(info: GraphQLResolveInfo): string {
  return `${info.parentType.name}.${info.fieldName}`;
}

function describeRoles(context: RequestContext): string {
  const roles = rolesInTenant(context.principal, context.tenantId);
  return `role${roles.length === 1 ? '' : 's'} ${roles.join(', ')}`;
}

/**
 * Whether the request may read the access data of one Odoo user (subject OdooUser or Exposure),
 * given the Sightline principals assigned to review that user. Roles reading the whole tenant may;
 * a reviewer only where it is among `reviewerIds`. Lists filter with it before paging.
 */
export function canReadSubject(context: RequestContext, subjectType: 'OdooUser' | 'Exposure', reviewerIds: readonly string[] = []): boolean {
  return context.ability.can('read', subjectIn(context, subjectType, reviewerIds));
}

/** Throws FORBIDDEN (naming the argument) unless canReadSubject allows the request to read this user's access data. */
export function assertCanReadSubject(context: RequestContext, subjectType: 'OdooUser' | 'Exposure', argument: string, reviewerIds: readonly string[] = []): void {
  if (!canReadSubject(context, subjectType, reviewerIds)) {
    context.auditTrail.denied(argument, 'read', subjectType);
    throw new ForbiddenError(argument, `this Odoo user is not among the subjects assigned to ${context.principal.name}`);
  }
}

/** Which of `fields` the request may read on objects of `subjectType` in its tenant (e.g. an admin: none of login, name). */
export function readableFields(context: RequestContext, subjectType: Subject, fields: readonly string[], reviewerIds: readonly string[] = []): string[] {
  const object = subjectIn(context, subjectType, reviewerIds);
  return fields.filter((field) => context.ability.can('read', object, field));
}

/** An object of `subjectType` in the request's tenant, as the role rules' conditions see it. */
function subjectIn(context: RequestContext, subjectType: Subject, reviewerIds: readonly string[] = []) {
  return tagSubject(subjectType, { tenantId: context.tenantId, reviewerIds: [...reviewerIds] });
}
