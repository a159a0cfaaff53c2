import { whereAllowed, whereEquals } from './snapshot-table-query';
import { noFilter } from './snapshot-table-query';

describe('whereAllowed', () => {
  it('numbers the ability condition after the filter parameters ($1, $2 are tenant and snapshot)', () => {
    const filter = whereEquals(noFilter, 'active', true);
    const allowed = whereAllowed(filter, { sql: '(tenant_id = :ability_0 and :ability_1 = any(ids) and kind = :ability_0)', params: { ability_0: 't', ability_1: 'p' } });
    expect(allowed).toEqual({ conditions: ['active = $3', '(tenant_id = $4 and $5 = any(ids) and kind = $4)'], params: [true, 't', 'p'] });
  });

  it('leaves casts alone and refuses a parameter without a value', () => {
    expect(whereAllowed(noFilter, { sql: `:ability_0 = any('{}'::text[])`, params: { ability_0: 'p' } })).toEqual({ conditions: [`$3 = any('{}'::text[])`], params: ['p'] });
    expect(() => whereAllowed(noFilter, { sql: 'a = :missing', params: {} })).toThrow('ability condition: no value for :missing');
  });
});
