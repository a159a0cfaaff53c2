import type { GroupExposureEntry, GroupFieldAccess } from '@sightline/exposure-report';
import { computeNewAccess } from '../diff/compute-new-access.util';
import type { NewFieldAccess, NewGroupAccess } from '../diff/new-access.type';
import type { FindingDraft, FindingField } from '../model/check-finding.type';
import { attributeNewAccess } from './attribute-new-access.util';
import type { BuildContext } from './build-context.type';

/** SL001: one finding per group reaching HR data it did not reach at base. */
export function buildAccessFindings(ctx: BuildContext): FindingDraft[] {
  return computeNewAccess(ctx.base, ctx.head).map((item) => {
    const { cause, source } = attributeNewAccess(item, ctx.attribution);
    return accessFinding(item, cause, ctx.locate(source));
  });
}

export function accessFinding(item: NewGroupAccess, cause: FindingDraft['cause'], location: FindingDraft['location']): FindingDraft {
  const fields = item.fields.map(findingField);
  return {
    rule: 'SL001',
    severity: 'error',
    group: groupOf(item.group),
    fields,
    chain: [...(fields.find((f) => f.via.length > 1) ?? fields[0])!.via],
    cause,
    location,
  };
}

export function groupOf(group: GroupExposureEntry): FindingDraft['group'] {
  return { xmlid: group.xmlid, name: group.name, module: group.module };
}

function findingField({ access, before }: NewFieldAccess): FindingField {
  return { ...fieldOf(access), before };
}

export function fieldOf(access: GroupFieldAccess): FindingField {
  const { model, field, scope, via, categories, subjects } = access;
  return { model, field, access: access.access, scope, before: null, via, categories, subjects };
}
