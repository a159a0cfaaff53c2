import { USER_TYPE_GROUPS, type Group, type SourceLocation } from '@sightline/odoo-model';
import { fieldKey } from '../exposure/field-key.util';
import type { FindingDraft } from '../model/check-finding.type';
import { accessFinding } from './build-access-findings.util';
import type { BuildContext } from './build-context.type';
import { locationsOf } from './locate-implication.util';
import { coversGrant } from '../diff/is-wider-grant.util';
import { mentionsXmlId } from './mentions-xmlid.util';

const DEFAULT_USER = 'base.default_user';
const DEFAULT_USER_GROUP = 'base.default_user_group';

/**
 * SL001 for groups that new users get at head and did not at base (17/18 `base.default_user`'s
 * groups, 19+ `base.default_user_group`'s implied groups) when the group reaches HR data beyond
 * what every internal user reaches.
 */
export function buildDefaultGroupFindings(ctx: BuildContext): FindingDraft[] {
  const floor = ctx.head.state.grants.get(USER_TYPE_GROUPS.internal) ?? new Map();
  const added = ctx.head.snapshot.defaultUserGroupXmlids.filter((xmlid) => !ctx.base.defaultUserGroups.has(xmlid));
  return added.flatMap((xmlid) => {
    const group = ctx.head.report.groups.find((g) => g.xmlid === xmlid);
    const fields = group?.fields.filter((f) => { const grant = floor.get(fieldKey(f)); return !grant || !coversGrant(grant, f); }) ?? [];
    if (!group || fields.length === 0) return [];
    const cause = { kind: 'new-default-group' as const, detail: `every new user now gets ${xmlid}` };
    return [accessFinding({ group, fields: fields.map((access) => ({ access, before: null })) }, cause, ctx.locate(defaultsRecord(ctx, xmlid)), ctx.locate)];
  });
}

function defaultsRecord(ctx: BuildContext, xmlid: string): SourceLocation | null {
  const { head } = ctx.attribution;
  const template: { source?: SourceLocation; extensions?: readonly SourceLocation[] } | undefined = usesDefaultUserGroup(head.meta.odooVersion)
    ? head.groups.find((g: Group) => g.xmlid === DEFAULT_USER_GROUP)
    : head.users.find((u) => u.xmlid === DEFAULT_USER);
  const candidates = locationsOf(template);
  return candidates.find((loc) => mentionsXmlId(ctx.attribution.records.recordAt(loc) ?? '', xmlid, loc.file.split('/')[0]!)) ?? candidates[0] ?? null;
}

/** 19.0 and later (saas-19.x, post-19) take new users' groups from `base.default_user_group`. */
function usesDefaultUserGroup(odooVersion: string): boolean {
  const major = Number.parseInt(odooVersion.replace(/^\D+/, ''), 10);
  return Number.isNaN(major) ? true : major >= 19;
}
