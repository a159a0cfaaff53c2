import { toRecordCount, toViaPaths } from './field-grant.mapper';

describe('field grant mapping', () => {
  it('says "412 of 415" for an evaluable count, else why not', () => {
    expect(toRecordCount({ model: 'hr.employee', evaluable: true, matching: 412, total: 415 })).toMatchObject({ text: '412 of 415', matching: 412, reason: null });
    expect(toRecordCount({ model: 'hr.employee', evaluable: false, reason: 'uses time' })).toMatchObject({ text: 'uses time', matching: null, total: null });
  });

  it('lists implication paths by group', () => {
    expect(toViaPaths({ 'hr.group_hr_user': ['x.admin', 'hr.group_hr_user'], 'base.group_user': ['base.group_user'] })).toEqual([
      { groupXmlid: 'base.group_user', path: ['base.group_user'] },
      { groupXmlid: 'hr.group_hr_user', path: ['x.admin', 'hr.group_hr_user'] },
    ]);
  });
});
