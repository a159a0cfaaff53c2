import { entityId } from './entity-id.util';
import type { OdooGroupRef, OdooUserRef } from './odoo-entities.type';

export function toUserRef(snapshotId: string, key: string): OdooUserRef {
  return { id: entityId(snapshotId, key), snapshotId, key };
}

export function toGroupRef(snapshotId: string, xmlid: string): OdooGroupRef {
  return { id: entityId(snapshotId, xmlid), snapshotId, xmlid };
}
