import type { Snapshot } from '@sightline/odoo-model';
import { MirrorRecord } from './mirror-record';

type Keyed = { readonly key: string; readonly id: number | null };

/**
 * The records a snapshot mirrors (`employees`, `departments`, `users`, `companies`), linked to each
 * other like Odoo records. References to records the snapshot lacks become unlisted stubs, so a
 * domain can still compare them.
 */
export class RecordMirror {
  private readonly listed = new Map<string, MirrorRecord[]>();
  private readonly byKey = new Map<string, Map<string, MirrorRecord>>();
  private readonly identities = new Map<string, Map<unknown, MirrorRecord>>();

  static fromSnapshot(snapshot: Snapshot): RecordMirror {
    const mirror = new RecordMirror();
    mirror.list('res.company', snapshot.companies);
    mirror.list('hr.department', snapshot.departments);
    mirror.list('hr.employee', snapshot.employees);
    mirror.list('res.users', snapshot.users);
    mirror.list('resource.resource', snapshot.employees.map((e) => ({ key: resourceKey(e.key), id: null })));
    mirror.linkCompanies(snapshot);
    mirror.linkDepartments(snapshot);
    mirror.linkEmployees(snapshot);
    mirror.linkUsers(snapshot);
    return mirror;
  }

  /** Whether the snapshot holds records of the model (only then can a count be given). */
  mirrors(model: string): boolean {
    return (this.listed.get(model)?.length ?? 0) > 0;
  }

  records(model: string): readonly MirrorRecord[] {
    return this.listed.get(model) ?? [];
  }

  record(model: string, key: string): MirrorRecord {
    const records = this.byKey.get(model) ?? this.byKey.set(model, new Map()).get(model)!;
    return records.get(key) ?? records.set(key, new MirrorRecord(model, key, key)).get(key)!;
  }

  /** The listed record a domain value designates (by identity), if any. */
  byIdentity(model: string, identity: unknown): MirrorRecord | undefined {
    const index = this.identities.get(model) ?? this.identities.set(model, new Map(this.records(model).map((r) => [r.identity, r]))).get(model)!;
    return index.get(identity as number | string);
  }

  private list(model: string, items: readonly Keyed[]): void {
    const records = items.map((item) => new MirrorRecord(model, item.key, item.id ?? item.key));
    this.listed.set(model, records);
    this.byKey.set(model, new Map(records.map((r) => [r.key, r])));
  }

  private ref(model: string, key: string | null | undefined): MirrorRecord | false {
    return key ? this.record(model, key) : false;
  }

  private linkCompanies(snapshot: Snapshot): void {
    for (const company of snapshot.companies) {
      const record = this.record('res.company', company.key);
      setAll(record, { id: record.identity, name: company.name ?? false, active: true, parent_id: this.ref('res.company', company.parentKey) });
    }
    this.linkChildren('res.company', 'parent_id', 'child_ids');
  }

  private linkDepartments(snapshot: Snapshot): void {
    const members = new Map<string, MirrorRecord[]>();
    for (const e of snapshot.employees) if (e.departmentKey) (members.get(e.departmentKey) ?? members.set(e.departmentKey, []).get(e.departmentKey)!).push(this.record('hr.employee', e.key));
    for (const dep of snapshot.departments) {
      const record = this.record('hr.department', dep.key);
      setAll(record, {
        id: record.identity, name: dep.name ?? false, active: true,
        company_id: this.ref('res.company', dep.companyKey),
        parent_id: this.ref('hr.department', dep.parentKey),
        manager_id: this.ref('hr.employee', dep.managerKey),
        member_ids: members.get(dep.key) ?? [],
      });
    }
    this.linkChildren('hr.department', 'parent_id', 'child_ids');
  }

  private linkEmployees(snapshot: Snapshot): void {
    for (const emp of snapshot.employees) {
      const record = this.record('hr.employee', emp.key);
      setAll(record, {
        id: record.identity, name: emp.name ?? false, active: emp.active,
        company_id: this.ref('res.company', emp.companyKey),
        department_id: this.ref('hr.department', emp.departmentKey),
        user_id: this.ref('res.users', emp.userKey),
        parent_id: this.ref('hr.employee', emp.parentKey),
        resource_id: this.record('resource.resource', resourceKey(emp.key)),
      });
      const resource = this.record('resource.resource', resourceKey(emp.key));
      setAll(resource, { id: resource.identity, name: emp.name ?? false, active: emp.active, company_id: this.ref('res.company', emp.companyKey) });
    }
    this.linkChildren('hr.employee', 'parent_id', 'child_ids');
  }

  private linkUsers(snapshot: Snapshot): void {
    const employeesOfUser = new Map<string, string[]>();
    for (const emp of snapshot.employees) if (emp.userKey) (employeesOfUser.get(emp.userKey) ?? employeesOfUser.set(emp.userKey, []).get(emp.userKey)!).push(emp.key);
    for (const user of snapshot.users) {
      const record = this.record('res.users', user.key);
      const employeeKeys = [...new Set([...(user.employee ? [user.employee.employeeKey] : []), ...(employeesOfUser.get(user.key) ?? [])])];
      setAll(record, {
        id: record.identity, name: user.name ?? false, login: user.login ?? false, active: user.active, share: user.share,
        company_id: this.ref('res.company', user.companyKey),
        company_ids: user.companyKeys.map((key) => this.record('res.company', key)),
        employee_id: this.ref('hr.employee', employeeKeys[0]),
        employee_ids: employeeKeys.map((key) => this.record('hr.employee', key)),
      });
    }
  }

  private linkChildren(model: string, parentField: string, childrenField: string): void {
    const records = [...(this.byKey.get(model)?.values() ?? [])];
    for (const record of records) if (!record.values.has(childrenField)) record.values.set(childrenField, []);
    for (const record of records) {
      const parent = record.values.get(parentField);
      if (!(parent instanceof MirrorRecord)) continue;
      if (!parent.values.has(childrenField)) parent.values.set(childrenField, []);
      (parent.values.get(childrenField) as MirrorRecord[]).push(record);
    }
  }
}

/** Each employee's `resource.resource` (hr.employee `_inherits` it; `resource.mixin` relates `company_id` to it). */
function resourceKey(employeeKey: string): string {
  return `${employeeKey}/resource`;
}

function setAll(record: MirrorRecord, values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values)) record.values.set(name, value);
}
