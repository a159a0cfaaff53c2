import type { OdooVersion } from '@sightline/odoo-model';

/** 17 for `17.0`, 19 for `saas-19.4`, 19.5 for `post-19` (after 19), Infinity for `master`. */
export function odooMajorVersion(version: OdooVersion): number {
  if (version === 'master') return Infinity;
  const post = /^post-(\d+)$/.exec(version);
  if (post) return Number(post[1]) + 0.5;
  const match = /^(?:saas-)?(\d+)\./.exec(version);
  return match ? Number(match[1]) : NaN;
}
