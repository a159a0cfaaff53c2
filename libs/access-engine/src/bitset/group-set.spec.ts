import fc from 'fast-check';
import { GroupSet } from './group-set';

describe('GroupSet', () => {
  it('adds, tests and lists bits across words', () => {
    const set = GroupSet.of([0, 31, 32, 70]);
    expect(set.toArray()).toEqual([0, 31, 32, 70]);
    expect(set.has(31) && set.has(70) && !set.has(33)).toBe(true);
    expect(set.size).toBe(4);
  });

  it('has a key independent of its capacity', () => {
    expect(GroupSet.of([3], 200).key()).toBe(GroupSet.of([3]).key());
    expect(GroupSet.empty(300).key()).toBe('');
  });

  it('combines sets of different capacities as zero-padded', () => {
    const small = GroupSet.of([1, 2]);
    const large = GroupSet.of([2, 100], 128);
    expect(small.intersects(large)).toBe(true);
    expect(small.commonBits(large)).toEqual([2]);
    expect(small.clone().addAll(large).toArray()).toEqual([1, 2, 100]);
    expect(large.without(100).equals(GroupSet.of([2]))).toBe(true);
  });

  it('behaves like a Set of numbers', () => {
    const bits = fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 40 });
    fc.assert(
      fc.property(bits, bits, (a, b) => {
        const [x, y] = [GroupSet.of(a), GroupSet.of(b)];
        const [sa, sb] = [new Set(a), new Set(b)];
        expect(x.toArray()).toEqual([...sa].sort((m, n) => m - n));
        expect(x.intersects(y)).toBe([...sa].some((v) => sb.has(v)));
        expect(x.intersection(y).toArray()).toEqual([...sa].filter((v) => sb.has(v)).sort((m, n) => m - n));
        expect(GroupSet.union([x, y]).size).toBe(new Set([...a, ...b]).size);
        expect(x.equals(y)).toBe(sa.size === sb.size && [...sa].every((v) => sb.has(v)));
      }),
    );
  });
});
