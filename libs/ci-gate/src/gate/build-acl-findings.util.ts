import { computeNewGrouplessAcls } from '../diff/compute-new-groupless-acls.util';
import type { FindingDraft } from '../model/check-finding.type';
import type { BuildContext } from './build-context.type';

/** SL003: one finding per new group-less ACL row on a model holding HR data. */
export function buildAclFindings(ctx: BuildContext): FindingDraft[] {
  return computeNewGrouplessAcls(ctx.base, ctx.head).map((acl) => ({
    rule: 'SL003',
    severity: 'error',
    group: null,
    fields: ctx.head.hrClassifications
      .filter((c) => c.model === acl.model)
      .map((c) => ({ model: c.model, field: c.field, access: acl.perms.write ? 'write' : 'read', scope: null, before: null, via: [], categories: c.categories, subjects: c.subjects })),
    chain: [],
    cause: { kind: 'new-acl', detail: `ACL row ${acl.xmlid} on ${acl.model} has no group` },
    location: ctx.locate(acl.source),
  }));
}
