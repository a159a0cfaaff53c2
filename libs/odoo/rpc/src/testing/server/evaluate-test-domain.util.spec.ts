import { matchesTestDomain } from './evaluate-test-domain.util';
import { TestOrmError } from './test-orm.error';
import { TestTable } from './test-table';

describe('matchesTestDomain', () => {
  const table = new TestTable('res.users', [
    { name: 'login', type: 'char', string: 'Login' },
    { name: 'active', type: 'boolean', string: 'Active' },
    { name: 'company_id', type: 'many2one', relation: 'res.company', string: 'Company' },
    { name: 'groups_id', type: 'many2many', relation: 'res.groups', string: 'Groups' },
  ]);
  table.insert({ login: 'Admin', active: true, company_id: 1, groups_id: [1, 2] });
  const record = table.get(1)!;

  it.each<[unknown[], boolean]>([
    [[], true],
    [[['id', '>', 0]], true],
    [[['id', '>', 1]], false],
    [[['active', 'in', [true, false]]], true],
    [[['company_id', '=', 1], ['login', '=', 'Admin']], true],
    [['|', ['company_id', '=', 2], ['login', 'ilike', 'adm']], true],
    [['!', ['login', 'like', 'adm']], true],
    [['&', ['company_id', '!=', false], '|', ['groups_id', 'in', [3]], ['groups_id', '=', 2]], true],
    [[['groups_id', 'not in', [1]]], false],
    [[['groups_id', '=', false]], false],
    [[[1, '=', 1]], true],
    [[[0, '=', 1]], false],
  ])('%j → %p', (domain, expected) => {
    expect(matchesTestDomain(record, domain, table)).toBe(expected);
  });

  it.each<[unknown[], RegExp]>([
    [[['nope', '=', 1]], /Invalid field "nope"/],
    [[['login', 'child_of', 1]], /Invalid operator "child_of"/],
    [['|', ['id', '=', 1]], /lacks operands/],
  ])('rejects %j', (domain, message) => {
    expect(() => matchesTestDomain(record, domain, table)).toThrow(TestOrmError);
    expect(() => matchesTestDomain(record, domain, table)).toThrow(message);
  });
});
