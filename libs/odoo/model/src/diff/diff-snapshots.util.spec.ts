import type { Snapshot } from '../schema/snapshot.schema';
import { group, sampleSnapshot, user } from '../testing/sample-snapshot.test-util';
import { diffSnapshots } from './diff-snapshots.util';
import { isSnapshotDiffEmpty } from './is-snapshot-diff-empty.util';
import type { SnapshotDiff } from './snapshot-diff.type';

const base = sampleSnapshot();

describe('diffSnapshots', () => {
  it('finds nothing between a snapshot and a reordered copy of itself', () => {
    const reordered = { ...base, groups: [...base.groups].reverse(), users: [...base.users].reverse() };
    expect(isSnapshotDiffEmpty(diffSnapshots(base, reordered))).toBe(true);
  });

  it('ignores source locations', () => {
    const moved = { ...base, acls: base.acls.map((a) => ({ ...a, source: { file: 'x.csv', line: 99 } })) };
    expect(isSnapshotDiffEmpty(diffSnapshots(base, moved))).toBe(true);
  });

  it.each<[string, (s: Snapshot) => Snapshot, keyof SnapshotDiff, object[]]>([
    [
      'an added group',
      (s) => ({ ...s, groups: [...s.groups, group('hr.group_x')] }),
      'groups',
      [{ key: 'hr.group_x', change: 'added', before: null, after: expect.objectContaining({ xmlid: 'hr.group_x' }) }],
    ],
    [
      'a removed group',
      (s) => ({ ...s, groups: s.groups.filter((g) => g.xmlid !== 'base.group_no_one') }),
      'groups',
      [{ key: 'base.group_no_one', change: 'removed', before: expect.objectContaining({ xmlid: 'base.group_no_one' }), after: null }],
    ],
    [
      'a renamed group',
      (s) => ({ ...s, groups: s.groups.map((g) => (g.xmlid === 'hr.group_hr_user' ? { ...g, name: 'Officer' } : g)) }),
      'groups',
      [{ key: 'hr.group_hr_user', change: 'changed', before: expect.objectContaining({ name: 'group_hr_user' }), after: expect.objectContaining({ name: 'Officer' }) }],
    ],
    [
      'a new implication (and not as a group change)',
      (s) => ({ ...s, groups: s.groups.map((g) => (g.xmlid === 'base.group_user' ? { ...g, impliedXmlids: [...g.impliedXmlids, 'hr.group_hr_user'] } : g)) }),
      'implications',
      [{ key: 'base.group_user -> hr.group_hr_user', change: 'added', before: null, after: { groupXmlid: 'base.group_user', impliedXmlid: 'hr.group_hr_user' } }],
    ],
    [
      'a removed membership',
      (s) => ({ ...s, users: s.users.map((u) => (u.key === '#7' ? { ...u, groupXmlids: [] } : u)) }),
      'memberships',
      [{ key: '#7 in base.group_user', change: 'removed', before: { userKey: '#7', groupXmlid: 'base.group_user' }, after: null }],
    ],
    [
      'a new user',
      (s) => ({ ...s, users: [...s.users, user('#8', [])] }),
      'users',
      [{ key: '#8', change: 'added', before: null, after: expect.objectContaining({ key: '#8' }) }],
    ],
    [
      'a widened ACL',
      (s) => ({ ...s, acls: s.acls.map((a) => ({ ...a, groupXmlid: null })) }),
      'acls',
      [{ key: 'hr.access_hr_employee_user', change: 'changed', before: expect.objectContaining({ groupXmlid: 'hr.group_hr_user' }), after: expect.objectContaining({ groupXmlid: null }) }],
    ],
    [
      'a deactivated rule',
      (s) => ({ ...s, rules: s.rules.map((r) => ({ ...r, active: false })) }),
      'rules',
      [{ key: 'hr.hr_employee_comp_rule', change: 'changed', before: expect.objectContaining({ active: true }), after: expect.objectContaining({ active: false }) }],
    ],
    [
      'dropped field groups',
      (s) => ({ ...s, fields: s.fields.map((f) => ({ ...f, groups: [] })) }),
      'fieldGroups',
      [{ key: 'hr.employee/ssnid', change: 'removed', before: { model: 'hr.employee', field: 'ssnid', groups: [{ xmlid: 'hr.group_hr_user', negated: false }] }, after: null }],
    ],
    [
      'changed field groups',
      (s) => ({ ...s, fields: s.fields.map((f) => (f.name === 'ssnid' ? { ...f, groups: [{ xmlid: 'hr.group_hr_manager', negated: false }] } : f)) }),
      'fieldGroups',
      [{ key: 'hr.employee/ssnid', change: 'changed', before: expect.anything(), after: expect.objectContaining({ groups: [{ xmlid: 'hr.group_hr_manager', negated: false }] }) }],
    ],
    [
      'a removed model',
      (s) => ({ ...s, models: s.models.filter((m) => m.name !== 'hr.version') }),
      'models',
      [{ key: 'hr.version', change: 'removed', before: expect.objectContaining({ name: 'hr.version' }), after: null }],
    ],
    [
      'a new default-user group',
      (s) => ({ ...s, defaultUserGroupXmlids: [...s.defaultUserGroupXmlids, 'hr.group_hr_user'] }),
      'defaultUserGroups',
      [{ key: 'hr.group_hr_user', change: 'added', before: null, after: { groupXmlid: 'hr.group_hr_user' } }],
    ],
    [
      'an upgraded module, but not a shifted load index',
      (s) => ({ ...s, meta: { ...s.meta, modules: s.meta.modules.map((m) => ({ ...m, loadIndex: m.loadIndex + 1, version: m.name === 'hr' ? '18.0.1.2' : m.version })) } }),
      'modules',
      [{ key: 'hr', change: 'changed', before: expect.objectContaining({ version: '18.0.1.1' }), after: expect.objectContaining({ version: '18.0.1.2' }) }],
    ],
  ])('reports %s', (_label, change, list, expected) => {
    const diff = diffSnapshots(base, change(base));
    expect(diff[list]).toEqual(expected);
    const others = Object.entries(diff).filter(([name]) => name !== list);
    expect(others.filter(([, changes]) => changes.length > 0)).toEqual([]);
  });
});
