import type { Snapshot } from '../schema/snapshot.schema';
import { sampleSnapshot } from '../testing/sample-snapshot.test-util';
import { parseSnapshotOrThrow } from './parse-snapshot-or-throw.util';
import { parseSnapshot } from './parse-snapshot.util';
import { SnapshotParseError } from './snapshot-parse.error';

type Mutable = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function mutated(change: (doc: Mutable) => void): unknown {
  const doc = JSON.parse(JSON.stringify(sampleSnapshot())) as Mutable;
  change(doc);
  return doc;
}

describe('parseSnapshot', () => {
  it('accepts a valid snapshot, as text or as a value', () => {
    const snapshot = sampleSnapshot();
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual({ ok: true, snapshot });
    expect(parseSnapshot(snapshot)).toEqual({ ok: true, snapshot });
  });

  it.each<[string, (doc: Mutable) => void, string, RegExp]>([
    ['a group xml id without module', (d) => (d.groups[2].xmlid = 'group_hr_user'), '$.groups[2].xmlid', /XML id/],
    ['a duplicate group', (d) => d.groups.push(d.groups[0]), '$.groups[4]', /duplicate key "base.group_user" \(first at index 0\)/],
    ['a duplicate field', (d) => d.fields.push(d.fields[1]), '$.fields[2]', /duplicate key "hr.employee\/name"/],
    ['a duplicate module', (d) => d.meta.modules.push(d.meta.modules[0]), '$.meta.modules[2]', /duplicate key "base"/],
    ['an unknown schema version', (d) => (d.schemaVersion = 2), '$.schemaVersion', /Invalid literal/],
    ['an unknown property', (d) => (d.groups[0].color = 3), '$.groups[0]', /Unrecognized key.*color/],
    ['a missing collection', (d) => delete d.rules, '$.rules', /Required/],
    ['a bad date', (d) => (d.meta.createdAt = 'yesterday'), '$.meta.createdAt', /ISO 8601/],
    ['a bad version', (d) => (d.meta.odooVersion = '18'), '$.meta.odooVersion', /Odoo version/],
    ['a bad perm', (d) => (d.acls[0].perms.read = 1), '$.acls[0].perms.read', /Expected boolean/],
    ['a bad field group', (d) => (d.fields[0].groups[0].xmlid = 'hr'), '$.fields[0].groups[0].xmlid', /XML id or "."/],
    ['a bad user type', (d) => (d.users[0].userType = 'admin'), '$.users[0].userType', /Invalid enum value/],
    ['a bad source line', (d) => (d.groups[0].source.line = 0), '$.groups[0].source.line', /greater than 0/],
    [
      'a bad ir.access operation',
      (d) => d.accessRows.push({ xmlid: 'hr.a', name: 'a', model: 'hr.employee', groupXmlid: null, operation: 'rc', domain: null, active: true, module: 'hr' }),
      '$.accessRows[0].operation',
      /subset of "crud"/,
    ],
  ])('reports %s at its JSON path', (_label, change, path, message) => {
    const result = parseSnapshot(mutated(change));
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('reports every problem, not only the first', () => {
    const result = parseSnapshot(mutated((d) => ((d.groups[0].share = 'no'), (d.rules[0].model = 'hr employee'))));
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['$.groups[0].share', '$.rules[0].model']);
  });

  it('reports JSON syntax errors at the root', () => {
    const result = parseSnapshot('{"schemaVersion": 1,');
    expect(result).toEqual({ ok: false, issues: [{ path: '$', message: expect.stringMatching(/^not JSON: /) }] });
  });

  it('accepts the "nobody" field group and post-19 access rows', () => {
    const doc = mutated((d) => {
      d.fields[0].groups = [{ xmlid: '.', negated: false }];
      d.accessRows = [{ xmlid: 'hr.r', name: 'r', model: 'hr.employee', groupXmlid: 'base.group_user', operation: 'r', domain: '[]', active: true, module: 'hr' }];
    });
    expect(parseSnapshot(doc).ok).toBe(true);
  });

  it('throws a SnapshotParseError listing the issues', () => {
    const bad = mutated((d) => (d.groups[1].xmlid = 'x'));
    expect(() => parseSnapshotOrThrow(bad)).toThrow(SnapshotParseError);
    expect(() => parseSnapshotOrThrow(bad)).toThrow(/\$\.groups\[1\]\.xmlid: expected an XML id/);
    const snapshot: Snapshot = parseSnapshotOrThrow(sampleSnapshot());
    expect(snapshot.groups).toHaveLength(4);
  });
});
