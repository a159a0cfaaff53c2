import { ACCESS_OPERATION_PATTERN, splitXmlId, type AccessRow, type Acl, type Rule } from '@sightline/odoo-model';
import type { SecurityDataStore } from '../records/security-data.store';
import { completeDrafts } from './complete-drafts.util';
import type { LocationReporter } from './location-reporter.type';
import { provenance } from './provenance.util';

export interface AccessRecords {
  readonly acls: Acl[];
  readonly rules: Rule[];
  readonly accessRows: AccessRow[];
}

/** ACLs, record rules and post-19 `ir.access` rows, checked for the fields Odoo requires. */
export function buildAccessRecords(store: SecurityDataStore, reporter: LocationReporter): AccessRecords {
  const moduleOf = (xmlid: string) => splitXmlId(xmlid)!.module;
  const acls = completeDrafts(store.acls, store, reporter, (d) => (d.name === null ? 'name' : null)).map((d) => ({
    xmlid: d.xmlid,
    name: d.name!,
    model: d.model,
    groupXmlid: d.groupXmlid,
    perms: { ...d.perms },
    active: d.active,
    module: moduleOf(d.xmlid),
    ...provenance(d),
  }));
  const rules = completeDrafts(store.rules, store, reporter, () => null).map((d) => ({
    xmlid: d.xmlid,
    name: d.name ?? '',
    model: d.model,
    groupXmlids: [...d.groups],
    domain: domainText(d.domain),
    perms: { ...d.perms },
    active: d.active,
    module: moduleOf(d.xmlid),
    ...provenance(d),
  }));
  const accessRows = completeDrafts(store.accessRows, store, reporter, accessRowMissing).map((d) => ({
    xmlid: d.xmlid,
    name: d.name!,
    model: d.model,
    groupXmlid: d.groupXmlid,
    operation: d.operation!,
    domain: domainText(d.domain),
    active: d.active,
    module: moduleOf(d.xmlid),
    ...provenance(d),
  }));
  return { acls, rules, accessRows };
}

function accessRowMissing(draft: { name: string | null; operation: string | null }): string | null {
  if (draft.name === null) return 'name';
  if (!draft.operation || !ACCESS_OPERATION_PATTERN.test(draft.operation)) return 'valid operation (a subset of "crud")';
  return null;
}

/** The domain as written; empty means "no domain" (all records). */
function domainText(domain: string | null): string | null {
  return domain === null || domain.trim() === '' ? null : domain;
}
