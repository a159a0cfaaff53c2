import { computeImpliedClosure } from './compute-implied-closure.util';

const g = (xmlid: string, impliedXmlids: string[]) => ({ xmlid, impliedXmlids });

describe('computeImpliedClosure', () => {
  const closure = computeImpliedClosure([
    g('base.group_system', ['base.group_erp_manager']),
    g('base.group_erp_manager', ['base.group_user']),
    g('base.group_user', ['base.group_no_one']),
    g('base.group_no_one', []),
    g('a.loop1', ['a.loop2']),
    g('a.loop2', ['a.loop1']),
    g('x.only_external', ['other.not_in_list']),
  ]);

  it.each<[string, string[]]>([
    ['base.group_system', ['base.group_erp_manager', 'base.group_user', 'base.group_no_one']],
    ['base.group_user', ['base.group_no_one']],
    ['base.group_no_one', []],
    ['a.loop1', ['a.loop2', 'a.loop1']],
    ['x.only_external', ['other.not_in_list']],
  ])('%s implies %j', (xmlid, expected) => {
    expect([...closure.get(xmlid)!].sort()).toEqual([...expected].sort());
  });
});
