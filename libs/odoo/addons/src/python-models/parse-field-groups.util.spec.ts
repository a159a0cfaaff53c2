import { parseFieldGroups } from './parse-field-groups.util';

describe('parseFieldGroups', () => {
  it('splits the XML ids and marks the excluded ones', () => {
    expect(parseFieldGroups('hr.group_hr_user, !base.group_portal,')).toEqual({
      text: 'hr.group_hr_user, !base.group_portal,',
      refs: [{ xmlid: 'hr.group_hr_user', negated: false }, { xmlid: 'base.group_portal', negated: true }],
      noAccess: false,
      unresolved: false,
    });
  });

  it("reads '.' as Odoo's NO_ACCESS", () => {
    expect(parseFieldGroups('.')).toEqual({ text: '.', refs: [], noAccess: true, unresolved: false });
  });
});
