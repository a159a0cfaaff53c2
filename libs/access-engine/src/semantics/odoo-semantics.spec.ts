import { semanticsOfVersion } from './odoo-semantics';

describe('semanticsOfVersion', () => {
  it.each([
    ['17.0', 'stored', 'classic', 'template-user'],
    ['18.0', 'stored', 'classic', 'template-user'],
    ['saas-18.2', 'computed', 'classic', 'template-user'],
    ['19.0', 'computed', 'classic', 'default-user-group'],
    ['saas-19.3', 'computed', 'classic', 'default-user-group'],
    ['saas-19.4', 'computed', 'ir-access', 'default-user-group'],
    ['post-19', 'computed', 'ir-access', 'default-user-group'],
    ['20.0', 'computed', 'ir-access', 'default-user-group'],
    ['master', 'computed', 'ir-access', 'default-user-group'],
  ])('%s: groups %s, %s access, new users from %s', (version, groupStorage, accessModel, defaultGroups) => {
    expect(semanticsOfVersion(version)).toEqual({ groupStorage, accessModel, defaultGroups });
  });
});
