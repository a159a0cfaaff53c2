import { exposureByField } from './exposure-by-field.util';
import { exposureByGroup } from './exposure-by-group.util';
import { exposureByUser } from './exposure-by-user.util';
import { hrDataFilter } from './hr-data-filter.util';
import { tinySnapshot } from './testing/tiny-snapshot.test-util';

const hr = { filter: hrDataFilter() };

describe('exposureByGroup', () => {
  it('gives the chain from the group to the group that grants, groups by XML id and fields by model/field', () => {
    expect(exposureByGroup(tinySnapshot(), hr)).toEqual({
      groups: [
        {
          xmlid: 'hr.group_hr_user', name: 'Officer', module: 'hr', via: ['hr.group_hr_user'],
          fields: [
            { model: 'hr.employee', field: 'name', access: 'write', scope: 'own-company', via: ['hr.group_hr_user'], categories: ['user.name'], subjects: ['employee'] },
            { model: 'hr.employee', field: 'private_email', access: 'write', scope: 'own-company', via: ['hr.group_hr_user'], categories: ['user.contact.email'], subjects: ['employee'] },
          ],
        },
        expect.objectContaining({ xmlid: 'x.group_chain', fields: [expect.objectContaining({ field: 'name' }), expect.objectContaining({ field: 'private_email', via: ['x.group_chain', 'hr.group_hr_user'] })] }),
      ],
    });
  });

  it('adds what every internal user gets, and covers every classified field without a filter', () => {
    const groups = exposureByGroup(tinySnapshot()).groups;
    expect(groups.map((g) => g.xmlid)).toEqual(['base.group_user', 'hr.group_hr_user', 'x.group_chain']);
    expect(groups[0]!.fields).toEqual([
      { model: 'res.partner', field: 'email', access: 'read', scope: 'all', via: ['base.group_user'], categories: ['user.contact.email'], subjects: ['customer'] },
    ]);
    expect(groups[2]!.fields.find((f) => f.model === 'res.partner')?.via).toEqual(['x.group_chain', 'hr.group_hr_user', 'base.group_user']);
  });
});

describe('exposureByUser', () => {
  it('lists active users reaching matching fields, by key, with the chain from their explicit group', () => {
    expect(exposureByUser(tinySnapshot(), hr)).toEqual({
      users: [
        {
          key: 'base.user_alice', login: 'user_alice', name: 'base.user_alice',
          fields: [
            { model: 'hr.employee', field: 'name', access: 'write', scope: 'own-company', via: ['x.group_chain', 'hr.group_hr_user'] },
            { model: 'hr.employee', field: 'private_email', access: 'write', scope: 'own-company', via: ['x.group_chain', 'hr.group_hr_user'] },
          ],
        },
      ],
    });
  });

  it('counts the records reached when asked to', () => {
    const [alice] = exposureByUser(tinySnapshot(), { ...hr, counts: true }).users;
    expect(alice!.fields[0]!.count).toEqual(expect.objectContaining({ model: 'hr.employee' }));
  });
});

describe('exposureByField', () => {
  it('lists every matching field with the groups and users that reach it', () => {
    const report = exposureByField(tinySnapshot(), hr);
    expect(report.fields.map((f) => `${f.model}/${f.field}`)).toEqual(['hr.employee/name', 'hr.employee/private_email']);
    expect(report.fields[1]).toEqual({
      model: 'hr.employee', field: 'private_email', categories: ['user.contact.email'], subjects: ['employee'],
      groups: [
        { xmlid: 'hr.group_hr_user', name: 'Officer', access: 'write', scope: 'own-company', via: ['hr.group_hr_user'] },
        { xmlid: 'x.group_chain', name: 'Chain', access: 'write', scope: 'own-company', via: ['x.group_chain', 'hr.group_hr_user'] },
      ],
      users: [{ key: 'base.user_alice', login: 'user_alice', name: 'base.user_alice', access: 'write', scope: 'own-company' }],
    });
  });

  it('keeps a matching field nobody reaches, with empty lists', () => {
    const report = exposureByField(tinySnapshot(), { filter: (c) => c.model === 'res.partner' });
    expect(report.fields[0]!.users.map((u) => u.key)).toEqual(['base.user_alice', 'base.user_bob']);
    const none = exposureByField({ ...tinySnapshot(), acls: [] }, hr);
    expect(none.fields.map((f) => [f.field, f.groups, f.users])).toEqual([['name', [], []], ['private_email', [], []]]);
  });
});
