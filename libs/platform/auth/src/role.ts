/**
 * admin: sources, credentials, settings, tokens, role assignments · privacy-officer: everything in a
 * tenant, final sign-off · reviewer: the review items assigned to them and those subjects' access
 * data · auditor: read everything incl. evidence and audit log, change nothing · viewer: aggregates
 * and dashboards, no personal data of individual Odoo users · ci: run checks, read policy.
 */
export const roles = ['admin', 'privacy-officer', 'reviewer', 'auditor', 'viewer', 'ci'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
