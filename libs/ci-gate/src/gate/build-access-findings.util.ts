import { headlineVia, type GroupExposureEntry, type GroupFieldAccess } from '@sightline/exposure-report';
import type { SourceLocation } from '@sightline/odoo-model';
import type { NewFieldAccess, NewGroupAccess } from '../diff/new-access.type';
import type { FindingDraft, FindingField } from '../model/check-finding.type';
import { attributeNewAccess } from './attribute-new-access.util';
import type { BuildContext } from './build-context.type';

/** SL001: one finding per group reaching HR data it did not reach at base. */
export function buildAccessFindings(ctx: BuildContext): FindingDraft[] {
  return ctx.newAccess.access.map((item) => {
    const { cause, source } = attributeNewAccess(item, ctx.attribution);
    return accessFinding(item, cause, ctx.locate(source), ctx.locate);
  });
}

type Locate = (location: SourceLocation | null | undefined) => FindingDraft['location'];

export function accessFinding(item: NewGroupAccess, cause: FindingDraft['cause'], location: FindingDraft['location'], locate: Locate = () => null): FindingDraft {
  const fields = item.fields.map((f) => findingField(f, locate));
  return {
    rule: 'SL001',
    severity: 'error',
    group: groupOf(item.group),
    fields,
    chain: [...headlineVia(fields)],
    cause,
    location,
  };
}

export function groupOf(group: GroupExposureEntry): FindingDraft['group'] {
  return { xmlid: group.xmlid, name: group.name, module: group.module };
}

function findingField({ access, before }: NewFieldAccess, locate: Locate): FindingField {
  return { ...fieldOf(access, locate), before };
}

export function fieldOf(access: GroupFieldAccess, locate: Locate = () => null): FindingField {
  const { model, field, scope, via, categories, subjects } = access;
  const restrictedBy = access.restrictedBy?.map((rule) => ({ xmlid: rule.xmlid, name: rule.name, location: locate(rule.location) }));
  return { model, field, access: access.access, scope, before: null, via, ...(restrictedBy ? { restrictedBy } : {}), categories, subjects };
}
