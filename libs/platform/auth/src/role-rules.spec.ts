import { roles } from './role';
import { personalDataFields, roleRules, subjects } from './role-rules';
import type { RoleRule, Subject } from './role-rules';

const context = { principalId: 'u-1', tenantId: '11111111-1111-1111-1111-111111111111' };
const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
const grantsSubject = (rules: RoleRule[], subject: Subject) => rules.filter((r) => !r.inverted && asList(r.subject).includes(subject));

describe('role rules', () => {
  it.each(roles)('%s: every granting rule is scoped to the tenant', (role) => {
    for (const rule of roleRules[role](context)) {
      if (rule.inverted && rule.conditions === undefined) continue; // forbids outright: narrows, never widens
      expect(rule.conditions?.tenantId).toBe(context.tenantId);
    }
  });

  it.each(['admin', 'viewer', 'ci'] as const)('%s: no rule reaches personal-data fields', (role) => {
    const rules = roleRules[role](context);
    for (const [subject, personal] of Object.entries(personalDataFields) as Array<[Subject, string[]]>) {
      for (const rule of grantsSubject(rules, subject)) {
        expect(rule.fields).toBeDefined();
        expect(rule.fields!.filter((f) => personal.includes(f))).toEqual([]);
      }
    }
  });

  it('reviewer: review items only when assigned, subjects only through their assignments', () => {
    const rules = roleRules.reviewer(context);
    for (const rule of grantsSubject(rules, 'ReviewItem')) expect(rule.conditions?.assignedTo).toBe('u-1');
    for (const subject of ['OdooUser', 'Exposure', 'PersonalData'] as const) {
      for (const rule of grantsSubject(rules, subject)) expect(rule.conditions?.reviewerIds).toBe('u-1');
    }
  });

  it('auditor and viewer change nothing; only the privacy officer signs off', () => {
    for (const role of ['auditor', 'viewer'] as const) {
      const changing = roleRules[role](context).flatMap((r) => asList(r.action)).filter((a) => !['read', 'export'].includes(a));
      expect(changing).toEqual([]);
    }
    for (const role of roles) {
      const signs = roleRules[role](context).some((r) => asList(r.action).includes('sign-off'));
      expect(signs).toBe(role === 'privacy-officer');
    }
  });

  it('names only known subjects', () => {
    for (const role of roles) for (const rule of roleRules[role](context)) for (const s of asList(rule.subject)) expect(subjects).toContain(s);
  });
});
