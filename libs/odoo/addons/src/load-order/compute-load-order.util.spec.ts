import { computeLoadOrder } from './compute-load-order.util';
import { fakeModule as m, moduleMap } from './module-fixture.test-util';

describe('computeLoadOrder', () => {
  it('loads base first, then by depth, ties by name (the graph of odoo/modules/module_graph.py)', () => {
    // module6 -> module4 -> module2 -> module1 -> base; module4 -> module3 -> module1; module5 -> module3
    const modules = moduleMap(
      m('module6', ['module4', 'module2']),
      m('module5', ['module3']),
      m('module4', ['module2', 'module3']),
      m('module3', ['module1']),
      m('module2', ['module1']),
      m('module1'),
      m('base'),
    );
    const order = computeLoadOrder(new Set(modules.keys()), modules).map((module) => module.name);
    expect(order).toEqual(['base', 'module1', 'module2', 'module3', 'module4', 'module5', 'module6']);
  });

  it('orders by the longest path, not the shortest', () => {
    const modules = moduleMap(m('base'), m('a'), m('b', ['a']), m('c', ['b']), m('z', ['base', 'c']), m('y', ['b']));
    expect(computeLoadOrder(new Set(modules.keys()), modules).map((module) => module.name)).toEqual(['base', 'a', 'b', 'c', 'y', 'z']);
  });

  it('compares names by code unit, like Python', () => {
    const modules = moduleMap(m('base'), m('b'), m('B'), m('a_b'), m('a'));
    expect(computeLoadOrder(new Set(modules.keys()), modules).map((module) => module.name)).toEqual(['base', 'B', 'a', 'a_b', 'b']);
  });

  it('names a manifest on a dependency cycle', () => {
    const modules = moduleMap(m('base'), m('a', ['b']), m('b', ['c']), m('c', ['a']));
    expect(() => computeLoadOrder(new Set(modules.keys()), modules)).toThrow(/__manifest__\.py: dependency cycle: (a -> b -> c -> a|b -> c -> a -> b|c -> a -> b -> c)/);
  });
});
