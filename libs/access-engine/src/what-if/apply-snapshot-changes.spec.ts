import { snapshotFromSpec } from '../testing/spec-snapshot.test-util';
import { applySnapshotChanges } from './apply-snapshot-changes.util';

const spec = {
  groups: { 'base.group_user': [], 'x.officer': ['base.group_user'], 'x.manager': ['x.officer'] },
  users: { u1: { groups: ['base.group_user'] }, u2: { groups: ['x.manager'], stored: ['x.manager', 'x.officer', 'base.group_user'] } },
  acls: [['x.acl', 'x.doc', 'x.officer', 'r'] as const],
};

describe('applySnapshotChanges', () => {
  it('changes one user and shares every other collection with the original', () => {
    const before = snapshotFromSpec({ ...spec, version: '19.0' });
    const { snapshot, footprint } = applySnapshotChanges(before, [{ kind: 'add-membership', userKey: 'u1', groupXmlid: 'x.new' }]);
    expect(snapshot.users[0]!.groupXmlids).toEqual(['base.group_user', 'x.new']);
    expect(snapshot.users[1]).toBe(before.users[1]);
    expect(snapshot.groups).toBe(before.groups);
    expect(before.users[0]!.groupXmlids).toEqual(['base.group_user']);
    expect(footprint).toMatchObject({ userKeys: new Set(['u1']), groupXmlids: new Set(['x.new']), implicationsChanged: false, models: new Set() });
  });

  it('17/18 stored groups: a removed group that another held group implies comes back (UsersImplied.write)', () => {
    const before = snapshotFromSpec({ ...spec, version: '17.0' });
    const { snapshot } = applySnapshotChanges(before, [{ kind: 'remove-membership', userKey: 'u2', groupXmlid: 'x.officer' }]);
    expect(snapshot.users[1]!.storedGroupXmlids).toEqual(['x.manager', 'base.group_user', 'x.officer']);
  });

  it('touches the old and the new model of a replaced row', () => {
    const before = snapshotFromSpec({ ...spec, version: '19.0' });
    const acl = { ...before.acls[0]!, model: 'x.other' };
    expect(applySnapshotChanges(before, [{ kind: 'put-acl', acl }]).footprint.models).toEqual(new Set(['x.doc', 'x.other']));
  });

  it('expands a module into groups, rows and memberships', () => {
    const before = snapshotFromSpec({ ...spec, version: '19.0' });
    const group = { ...before.groups[1]!, xmlid: 'app.group_manager', impliedXmlids: ['x.officer'] };
    const { snapshot, footprint } = applySnapshotChanges(before, [
      { kind: 'add-module', module: { name: 'app', groups: [group], memberships: [{ userKey: 'u1', groupXmlid: 'app.group_manager' }], defaultUserGroupXmlids: ['app.group_manager'] } },
    ]);
    expect(snapshot.groups.map((g) => g.xmlid)).toContain('app.group_manager');
    expect(snapshot.users[0]!.groupXmlids).toContain('app.group_manager');
    expect(snapshot.defaultUserGroupXmlids).toEqual(['app.group_manager']);
    expect(footprint.implicationsChanged).toBe(true);
  });

  it('names an unknown user or group', () => {
    const before = snapshotFromSpec({ ...spec, version: '19.0' });
    expect(() => applySnapshotChanges(before, [{ kind: 'add-membership', userKey: 'nobody', groupXmlid: 'x.officer' }])).toThrow('no user "nobody"');
    expect(() => applySnapshotChanges(before, [{ kind: 'add-implication', groupXmlid: 'x.none', impliedXmlid: 'x.officer' }])).toThrow('no group "x.none"');
  });
});
