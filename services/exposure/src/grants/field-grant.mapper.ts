import type { ClassifiedField, FieldExposure, FieldGrant, GrantExplanation, RecordCount, RecordScope, ViaPaths } from '@sightline/access-engine';
import { compareStrings } from '@sightline/odoo-model';
import type { Taxonomy } from '@sightline/privacy-catalog';
import { hrDataFilter } from '@sightline/exposure-report';
import { FieldAccess } from './field-access.enum';
import type { FieldExposureType } from './field-exposure.type';
import type { FieldGrantType, GrantExplanationType, RecordCountType, RecordScopeType, ViaPathType } from './field-grant.type';

export function toRecordScope(scope: RecordScope): RecordScopeType {
  return { scope: scope.scope, exact: scope.exact, domain: scope.domain, explanation: scope.explanation };
}

export function toRecordCount(count: RecordCount): RecordCountType {
  return count.evaluable
    ? { model: count.model, evaluable: true, matching: count.matching, total: count.total, reason: null, text: `${count.matching} of ${count.total}` }
    : { model: count.model, evaluable: false, matching: null, total: null, reason: count.reason, text: count.reason };
}

export function toExplanation(explanation: GrantExplanation): GrantExplanationType {
  const { fieldGroups } = explanation;
  return {
    superuser: explanation.superuser,
    grantingRows: explanation.grantingRows.map((row) => ({ ...row })),
    fieldGroups: {
      restricted: fieldGroups.restricted,
      groups: fieldGroups.groups.map((g) => ({ xmlid: g.xmlid, negated: g.negated })),
      source: fieldGroups.source,
      resolvedFrom: fieldGroups.resolvedFrom,
      admittedBy: [...fieldGroups.admittedBy],
    },
    rules: explanation.rules.map((rule) => ({
      kind: rule.kind,
      xmlid: rule.xmlid,
      name: rule.name,
      model: rule.model,
      domain: rule.domain,
      groupXmlids: [...rule.groupXmlids],
      throughField: rule.through?.field ?? null,
      throughModel: rule.through?.parentModel ?? null,
    })),
    groupRulesDropped: explanation.groupRulesDropped,
  };
}

export function toFieldGrant(grant: FieldGrant, count: RecordCount | undefined = grant.count): FieldGrantType {
  return {
    access: grant.operation === 'write' ? FieldAccess.write : FieldAccess.read,
    scope: toRecordScope(grant.scope),
    count: count ? toRecordCount(count) : null,
    explanation: toExplanation(grant.explanation),
  };
}

export function toViaPaths(via: ViaPaths): ViaPathType[] {
  return Object.keys(via)
    .sort(compareStrings)
    .map((groupXmlid) => ({ groupXmlid, path: [...via[groupXmlid]!] }));
}

export function toClassifiedFieldInfo(field: ClassifiedField, taxonomy: Taxonomy) {
  const isHr = hrDataFilter(taxonomy);
  return {
    model: field.model,
    field: field.field,
    categories: [...field.categories],
    subjects: [...field.subjects],
    hrData: isHr({ model: field.model, field: field.field, categories: field.categories, subjects: field.subjects }),
  };
}

export function toFieldExposure(exposure: FieldExposure, taxonomy: Taxonomy): FieldExposureType {
  return {
    ...toClassifiedFieldInfo(exposure.field, taxonomy),
    read: exposure.read && toFieldGrant(exposure.read),
    write: exposure.write && toFieldGrant(exposure.write),
    via: toViaPaths(exposure.via),
  };
}
