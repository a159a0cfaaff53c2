import { exposureByGroup, withClassifications, type GroupFieldAccess } from '@sightline/exposure-report';
import type { Classification, Snapshot } from '@sightline/odoo-model';
import { fieldKey } from '../exposure/field-key.util';
import type { GrantState, HrAccessState } from '../exposure/hr-access-state.type';
import type { HrView } from '../exposure/hr-view.type';
import type { FindingPrecedent } from '../model/check-finding.type';
import { isDefinedOnlyAtHead } from './compute-new-access.util';
import { coversGrant } from './is-wider-grant.util';

type Kind = Pick<Classification, 'categories' | 'subjects'>;

/** A grant at base on one classified HR field. */
interface BaseRead {
  readonly model: string;
  readonly field: string;
  readonly grant: GrantState;
}

export interface KnownHrDataInput {
  readonly base: HrAccessState;
  /** The base side's snapshot with its classifications (null for a baseline file). */
  readonly baseSnapshot: Snapshot | null;
  readonly head: HrView;
  /** Categories and subjects of a field that was HR data at base (from base's classification, else head's). */
  readonly kindAtBase: (key: string) => Kind | undefined;
}

/**
 * What each group already read at base, to tell HR data that is new at head (a new model or field,
 * or a field classified only now) read by a group that knew that kind of data, from a group gaining a
 * new kind of access:
 * - the same field: it existed at base, unclassified, and the group read it at least as widely
 *   (the engine is run on base with head's classification of those fields only);
 * - the same kind: for every category × data subject pair of the field, the group read at base an HR
 *   field with that pair at least as widely (write covers read; a wider scope covers a narrower one,
 *   as {@link coversGrant} orders them), what it got through `base.group_user` included.
 */
export class KnownHrData {
  private readonly kinds = new Map<string, ReadonlyMap<string, readonly BaseRead[]>>();

  private constructor(
    private readonly input: KnownHrDataInput,
    /** Group → field key → grant at base, for fields HR data only at head that existed at base. */
    private readonly sameFieldReads: ReadonlyMap<string, ReadonlyMap<string, GrantState>>,
  ) {}

  static of(input: KnownHrDataInput): KnownHrData {
    return new KnownHrData(input, baseReadsOfNewlyClassified(input));
  }

  /** Why the group's head access to a field that is HR data only at head is a kind it knew; null when it is new to it. */
  precedent(groupXmlid: string, access: GroupFieldAccess): FindingPrecedent | null {
    const key = fieldKey(access);
    const same = this.sameFieldReads.get(groupXmlid)?.get(key);
    if (same && coversGrant(same, access)) return { basis: 'same-field', model: access.model, field: access.field, ...same };
    const pairs = access.categories.flatMap((category) => access.subjects.map((subject) => kindKey(category, subject)));
    if (pairs.length === 0) return null;
    const kinds = this.kindsOf(groupXmlid);
    const found = pairs.map((pair) => kinds.get(pair)?.find((read) => coversGrant(read.grant, access)));
    if (found.some((read) => read === undefined)) return null;
    const { model, field, grant } = found[0]!;
    return { basis: 'same-kind', model, field, ...grant };
  }

  private kindsOf(groupXmlid: string): ReadonlyMap<string, readonly BaseRead[]> {
    const known = this.kinds.get(groupXmlid);
    if (known) return known;
    const { base, kindAtBase } = this.input;
    const kinds = new Map<string, BaseRead[]>();
    for (const [key, grant] of base.grants.get(groupXmlid) ?? []) {
      if (isDefinedOnlyAtHead(key, base, this.input.head)) continue;
      const kind = kindAtBase(key);
      if (!kind) continue;
      const [model, field] = splitKey(key);
      for (const category of kind.categories) {
        for (const subject of kind.subjects) {
          const pair = kindKey(category, subject);
          kinds.set(pair, [...(kinds.get(pair) ?? []), { model, field, grant }]);
        }
      }
    }
    this.kinds.set(groupXmlid, kinds);
    return kinds;
  }
}

/** Runs the engine on base for the fields that existed there and are HR data only at head. */
function baseReadsOfNewlyClassified({ base, baseSnapshot, head }: KnownHrDataInput): Map<string, Map<string, GrantState>> {
  const reads = new Map<string, Map<string, GrantState>>();
  if (!baseSnapshot) return reads;
  const classified = head.hrClassifications.filter((c) => {
    const key = fieldKey(c);
    return !base.hrFields.has(key) && base.fields.has(key);
  });
  if (classified.length === 0) return reads;
  for (const group of exposureByGroup(withClassifications(baseSnapshot, classified)).groups) {
    reads.set(group.xmlid, new Map(group.fields.map((f) => [fieldKey(f), { access: f.access, scope: f.scope }])));
  }
  return reads;
}

function kindKey(category: string, subject: string): string {
  return `${category}\u0000${subject}`;
}

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}
