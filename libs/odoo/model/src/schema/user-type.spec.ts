import { permsOfOperation } from './perms-of-operation.util';
import { userTypeOfGroup } from './user-type.util';

describe('userTypeOfGroup', () => {
  it.each([
    ['base.group_user', 'internal'],
    ['base.group_portal', 'portal'],
    ['base.group_public', 'public'],
    ['hr.group_hr_user', null],
  ])('%s → %s', (xmlid, expected) => {
    expect(userTypeOfGroup(xmlid)).toBe(expected);
  });
});

describe('permsOfOperation', () => {
  it.each([
    ['crud', { create: true, read: true, write: true, unlink: true }],
    ['r', { create: false, read: true, write: false, unlink: false }],
    ['cu', { create: true, read: false, write: true, unlink: false }],
  ])('%s', (operation, expected) => {
    expect(permsOfOperation(operation)).toEqual(expected);
  });
});
