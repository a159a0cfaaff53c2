import type { SourceLocation } from '@sightline/odoo-model';
import type { DraftOrigin } from '../records/record-drafts.type';

/** `source` and `extensions` of a draft, leaving out what is empty (snapshots carry no undefined). */
export function provenance(draft: DraftOrigin): { source?: SourceLocation; extensions?: SourceLocation[] } {
  return {
    ...(draft.source ? { source: draft.source } : {}),
    ...(draft.extensions.length > 0 ? { extensions: [...draft.extensions] } : {}),
  };
}
