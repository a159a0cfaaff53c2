import { computeImpliedClosure } from '@sightline/odoo-model';
import { explicitGroupsOf } from './explicit-groups-of.util';

const closure = computeImpliedClosure([
  { xmlid: 'base.group_system', impliedXmlids: ['base.group_erp_manager'] },
  { xmlid: 'base.group_erp_manager', impliedXmlids: ['base.group_user'] },
  { xmlid: 'base.group_user', impliedXmlids: ['base.group_no_one'] },
  { xmlid: 'hr.group_hr_manager', impliedXmlids: ['hr.group_hr_user'] },
  { xmlid: 'hr.group_hr_user', impliedXmlids: ['base.group_user'] },
  { xmlid: 'x.a', impliedXmlids: ['x.b'] },
  { xmlid: 'x.b', impliedXmlids: ['x.a'] },
]);

describe('explicitGroupsOf', () => {
  it.each([
    ['a stored closure', ['base.group_system', 'base.group_erp_manager', 'base.group_user', 'base.group_no_one'], ['base.group_system']],
    [
      'two branches',
      ['hr.group_hr_manager', 'hr.group_hr_user', 'base.group_user', 'base.group_no_one', 'base.group_system', 'base.group_erp_manager'],
      ['hr.group_hr_manager', 'base.group_system'],
    ],
    ['a stale row no held group implies', ['base.group_user', 'base.group_no_one', 'x.stale'], ['base.group_user', 'x.stale']],
    ['groups implying each other: the first by XML id stays', ['x.b', 'x.a'], ['x.a']],
    ['nothing', [], []],
  ])('reduces %s', (_label, held, expected) => {
    expect(explicitGroupsOf(held, closure)).toEqual(expected);
  });
});
