import type { Snapshot } from '../schema/snapshot.schema';
import { parseSnapshotOrThrow } from '../parse/parse-snapshot-or-throw.util';
import { sampleSnapshot } from '../testing/sample-snapshot.test-util';
import { canonicalJson } from './canonical-json.util';
import { snapshotHash } from './snapshot-hash.util';

/** The same content in another order: every list reversed, set-like lists duplicated. */
function shuffled(s: Snapshot): Snapshot {
  return {
    ...s,
    meta: {
      ...s.meta,
      modules: [...s.meta.modules].reverse().map((m) => ({ ...m, depends: [...m.depends].reverse() })),
      warnings: [...s.meta.warnings, ...s.meta.warnings],
    },
    groups: [...s.groups].reverse().map((g) => ({ ...g, impliedXmlids: [...g.impliedXmlids, ...g.impliedXmlids].reverse() })),
    users: [...s.users].reverse().map((u) => ({ ...u, groupXmlids: [...u.groupXmlids].reverse(), storedGroupXmlids: undefined })),
    fields: [...s.fields].reverse(),
    defaultUserGroupXmlids: [...s.defaultUserGroupXmlids].reverse(),
  };
}

describe('canonical JSON and snapshotHash', () => {
  const base = sampleSnapshot();

  it('is a 64-digit hex SHA-256', () => {
    expect(snapshotHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on input order, duplicates in sets or undefined properties', () => {
    expect(canonicalJson(shuffled(base))).toBe(canonicalJson(base));
    expect(snapshotHash(shuffled(base))).toBe(snapshotHash(base));
  });

  it('ignores provenance of the snapshot itself (createdAt, source)', () => {
    const later = { ...base, meta: { ...base.meta, createdAt: '2026-01-01T00:00:00Z', source: { kind: 'live' as const, description: 'x' } } };
    expect(snapshotHash(later)).toBe(snapshotHash(base));
    expect(canonicalJson(later)).not.toBe(canonicalJson(base));
  });

  it.each<[string, (s: Snapshot) => Snapshot]>([
    ['an implication', (s) => ({ ...s, groups: s.groups.map((g) => (g.xmlid === 'base.group_no_one' ? { ...g, impliedXmlids: ['base.group_user'] } : g)) })],
    ['a membership', (s) => ({ ...s, users: s.users.map((u) => ({ ...u, groupXmlids: [] })) })],
    ['a perm', (s) => ({ ...s, acls: s.acls.map((a) => ({ ...a, perms: { ...a.perms, unlink: false } })) })],
    ['a rule domain', (s) => ({ ...s, rules: s.rules.map((r) => ({ ...r, domain: '[]' })) })],
    ['a field group', (s) => ({ ...s, fields: s.fields.map((f) => ({ ...f, groups: [] })) })],
    ['the default user groups', (s) => ({ ...s, defaultUserGroupXmlids: ['base.group_user'] })],
    ['the Odoo version', (s) => ({ ...s, meta: { ...s.meta, odooVersion: '19.0' } })],
  ])('changes when %s changes', (_label, change) => {
    expect(snapshotHash(change(base))).not.toBe(snapshotHash(base));
  });

  it('round-trips: the canonical JSON parses back to a valid snapshot with the same hash', () => {
    const parsed = parseSnapshotOrThrow(canonicalJson(shuffled(base)));
    expect(snapshotHash(parsed)).toBe(snapshotHash(base));
    expect(parsed.groups.map((g) => g.xmlid)).toEqual(['base.group_no_one', 'base.group_user', 'hr.group_hr_manager', 'hr.group_hr_user']);
    expect(parsed.users.find((u) => u.key === 'base.user_admin')!.groupXmlids).toEqual(['base.group_user', 'hr.group_hr_manager']);
  });

  it('has no undefined, and sorted keys', () => {
    const json = canonicalJson({ ...base, users: base.users.map((u) => ({ ...u, storedGroupXmlids: undefined })) });
    expect(json).not.toContain('storedGroupXmlids');
    expect(json.startsWith('{"accessRows":[],"acls":[')).toBe(true);
  });
});
