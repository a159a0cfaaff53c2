import { jsonPath } from './json-path.util';

describe('jsonPath', () => {
  it.each<[(string | number)[], string]>([
    [[], '$'],
    [['groups', 3, 'xmlid'], '$.groups[3].xmlid'],
    [['meta', 'modules', 0], '$.meta.modules[0]'],
    [['a-b', 'c d'], '$["a-b"]["c d"]'],
  ])('%j → %s', (segments, expected) => {
    expect(jsonPath(segments)).toBe(expected);
  });
});
