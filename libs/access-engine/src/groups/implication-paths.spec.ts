import { GroupSet } from '../bitset/group-set';
import { snapshotFromSpec } from '../testing/spec-snapshot.test-util';
import { buildImplicationGraph, closureOf, computeGroupClosures } from './group-closures.util';
import { GroupIndex } from './group-index';
import { ImplicationPaths } from './implication-paths';

const snapshot = snapshotFromSpec({ groups: { 'x.a': ['x.b'], 'x.b': ['x.c'], 'x.c': ['x.a', 'x.d'], 'x.d': [], 'x.e': ['x.d'], 'x.self': ['x.self'] } });
const index = GroupIndex.fromSnapshot(snapshot);
const graph = buildImplicationGraph(snapshot.groups, index);
const bit = (x: string) => index.bitOf(x)!;
const names = (set: GroupSet) => set.toArray().map((b) => index.xmlidOf(b));

describe('group closures and implication paths', () => {
  const closures = computeGroupClosures(graph);

  it('gives every member of a cycle the same reflexive closure', () => {
    for (const x of ['x.a', 'x.b', 'x.c']) expect(names(closures[bit(x)]!)).toEqual(['x.a', 'x.b', 'x.c', 'x.d']);
    expect(names(closures[bit('x.self')]!)).toEqual(['x.self']);
    expect(names(closureOf([bit('x.e')], closures))).toEqual(['x.d', 'x.e']);
  });

  it('walks root layers in order: the first layer wins whenever it reaches a group', () => {
    const paths = new ImplicationPaths([[bit('x.e')], [bit('x.a')]], graph, index);
    expect(paths.pathTo(bit('x.d'))).toEqual(['x.e', 'x.d']);
    expect(paths.pathTo(bit('x.c'))).toEqual(['x.a', 'x.b', 'x.c']);
  });

  it('stays within the held groups when asked (17/18 stored), else answers the group alone', () => {
    const paths = new ImplicationPaths([[bit('x.a')]], graph, index, GroupSet.of([bit('x.a'), bit('x.c')]));
    expect(paths.reaches(bit('x.c'))).toBe(false);
    expect(paths.pathTo(bit('x.c'))).toEqual(['x.c']);
  });
});
