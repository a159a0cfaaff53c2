import { subject } from '@casl/ability';
import { defineAbilityFor } from './define-ability-for.util';
import type { Principal } from './principal';
import type { Role } from './role';
import { roleRules } from './role-rules';

describe('defineAbilityFor', () => {
  const tenant = '11111111-1111-4111-8111-111111111111';
  const other = '22222222-2222-4222-8222-222222222222';
  const principal = (tenants: Principal['tenants'], id = 'p-1'): Principal => ({ kind: 'user', id, name: 'P', tenants });
  const item = (assignedTo: string, tenantId = tenant) => subject('ReviewItem', { tenantId, assignedTo });

  it('grants the union of the roles held in the tenant', () => {
    const ability = defineAbilityFor(principal([{ tenantId: tenant, roles: ['reviewer', 'ci'] }]), tenant);
    expect(ability.can('decide', item('p-1'))).toBe(true);
    expect(ability.can('run', subject('Check', { tenantId: tenant }))).toBe(true);
    expect(ability.can('decide', item('someone-else'))).toBe(false);
  });

  it('grants nothing without roles in the tenant, whatever the principal holds elsewhere', () => {
    for (const ability of [
      defineAbilityFor(principal([]), tenant),
      defineAbilityFor(principal([{ tenantId: other, roles: ['privacy-officer'] }]), tenant),
      defineAbilityFor(principal([{ tenantId: tenant, roles: [] }]), tenant),
    ]) {
      expect(ability.rules).toEqual([]);
      expect(ability.can('read', 'Dashboard')).toBe(false);
    }
  });

  it('ignores roles it does not know and principals without an id', () => {
    expect(defineAbilityFor(principal([{ tenantId: tenant, roles: ['root' as Role] }]), tenant).rules).toEqual([]);
    const anonymous = defineAbilityFor(principal([{ tenantId: tenant, roles: ['reviewer'] }], ''), tenant);
    expect(anonymous.can('read', item(''))).toBe(false);
  });

  it('refuses a granting rule that is not bound to the tenant', () => {
    const spy = jest.spyOn(roleRules, 'ci').mockReturnValue([{ action: 'read', subject: 'Check', conditions: {} }]);
    try {
      expect(() => defineAbilityFor(principal([{ tenantId: tenant, roles: ['ci'] }]), tenant)).toThrow('conditioned on the tenant');
    } finally {
      spy.mockRestore();
    }
  });
});
