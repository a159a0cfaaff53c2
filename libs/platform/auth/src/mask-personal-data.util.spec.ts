import { defineAbilityFor } from './define-ability-for.util';
import { maskPersonalData } from './mask-personal-data.util';
import type { Role } from './role';

describe('maskPersonalData', () => {
  const tenant = '11111111-1111-4111-8111-111111111111';
  const abilityOf = (role: Role) => defineAbilityFor({ kind: 'user', id: 'p-1', name: 'P', tenants: [{ tenantId: tenant, roles: [role] }] }, tenant);
  const odooUser = (reviewerIds: string[] = ['p-1'], tenantId = tenant) => ({
    id: 7, tenantId, reviewerIds, login: 'ada', email: 'ada@example.test', name: 'Ada', active: true, groupIds: [1, 2],
  });

  it('keeps every field for a role with need, on the objects it may read', () => {
    expect(maskPersonalData(abilityOf('auditor'), 'OdooUser', odooUser())).toEqual(odooUser());
    expect(maskPersonalData(abilityOf('reviewer'), 'OdooUser', odooUser())).toEqual(odooUser());
  });

  it('nulls the personal fields (and any field not granted) for a field-restricted role, keeping the shape', () => {
    const masked = maskPersonalData(abilityOf('admin'), 'OdooUser', odooUser());
    expect(masked).toEqual({ id: 7, tenantId: null, reviewerIds: null, login: null, email: null, name: null, active: true, groupIds: [1, 2] });
    expect(Object.keys(masked)).toEqual(Object.keys(odooUser()));
  });

  it('nulls everything the ability cannot read at all: another reviewer\'s subject, another tenant, a viewer', () => {
    const allNull = (object: object) => Object.fromEntries(Object.keys(object).map((key) => [key, null]));
    expect(maskPersonalData(abilityOf('reviewer'), 'OdooUser', odooUser(['p-2']))).toEqual(allNull(odooUser()));
    expect(maskPersonalData(abilityOf('auditor'), 'OdooUser', odooUser(['p-1'], 'another-tenant'))).toEqual(allNull(odooUser()));
    expect(maskPersonalData(abilityOf('viewer'), 'Exposure', { id: 1, tenantId: tenant, userLogin: 'ada' })).toEqual({ id: null, tenantId: null, userLogin: null });
  });

  it('leaves the caller\'s object untouched', () => {
    const original = odooUser();
    maskPersonalData(abilityOf('admin'), 'OdooUser', original);
    expect(original).toEqual(odooUser());
    expect(Object.getOwnPropertyNames(original)).toEqual(Object.keys(odooUser()));
  });
});
