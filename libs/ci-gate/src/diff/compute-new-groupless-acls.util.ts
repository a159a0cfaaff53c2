import type { Acl } from '@sightline/odoo-model';
import type { HrAccessState } from '../exposure/hr-access-state.type';
import type { HrView } from '../exposure/hr-view.type';

/** Active group-less ACL rows on models holding HR data at head that base did not have. */
export function computeNewGrouplessAcls(base: HrAccessState, head: HrView): Acl[] {
  return head.snapshot.acls.filter((acl) => head.state.grouplessAcls.has(acl.xmlid) && !base.grouplessAcls.has(acl.xmlid));
}
