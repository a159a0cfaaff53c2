import { toSnapshotChanges } from './to-snapshot-changes.util';
import { WhatIfChangeKind } from './what-if-change-kind.enum';

const names = { hasUser: (key: string) => key === '#6', hasGroup: (xmlid: string) => ['hr.group_hr_user', 'base.group_user'].includes(xmlid) };

describe('toSnapshotChanges', () => {
  it('maps memberships and implications to engine changes', () => {
    expect(
      toSnapshotChanges(
        [
          { kind: WhatIfChangeKind.REMOVE_MEMBERSHIP, userKey: '#6', groupXmlid: 'hr.group_hr_user' },
          { kind: WhatIfChangeKind.ADD_IMPLICATION, groupXmlid: 'base.group_user', impliedXmlid: 'hr.group_hr_user' },
        ],
        names,
      ),
    ).toEqual([
      { kind: 'remove-membership', userKey: '#6', groupXmlid: 'hr.group_hr_user' },
      { kind: 'add-implication', groupXmlid: 'base.group_user', impliedXmlid: 'hr.group_hr_user' },
    ]);
  });

  it.each([
    [[], 'changes: expected at least one change'],
    [[{ kind: WhatIfChangeKind.ADD_MEMBERSHIP, groupXmlid: 'hr.group_hr_user' }], 'changes[0].userKey: required for add-membership'],
    [[{ kind: WhatIfChangeKind.ADD_MEMBERSHIP, userKey: '#9', groupXmlid: 'hr.group_hr_user' }], 'changes[0].userKey: no user "#9" in the snapshot'],
    [[{ kind: WhatIfChangeKind.REMOVE_IMPLICATION, groupXmlid: 'hr.group_hr_user' }], 'changes[0].impliedXmlid: required'],
    [[{ kind: WhatIfChangeKind.ADD_IMPLICATION, groupXmlid: 'hr.nope', impliedXmlid: 'base.group_user' }], 'changes[0].groupXmlid: no group "hr.nope" in the snapshot'],
    [[{ kind: WhatIfChangeKind.ADD_IMPLICATION, groupXmlid: 'base.group_user', impliedXmlid: 'base.group_user' }], 'changes[0].impliedXmlid: a group cannot imply itself'],
  ])('rejects %j', (changes, message) => {
    expect(() => toSnapshotChanges(changes, names)).toThrow(message);
  });
});
