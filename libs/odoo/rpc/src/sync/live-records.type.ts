import type { OdooRecord } from '../client/odoo-record.type';

/** What a sync read from the database, before mapping (null: not installed, or not readable). */
export interface LiveRecords {
  readonly modules: readonly OdooRecord[];
  readonly dependencies: readonly OdooRecord[];
  readonly xmlids: readonly OdooRecord[];
  readonly categories: readonly OdooRecord[];
  readonly privileges: readonly OdooRecord[] | null;
  readonly groups: readonly OdooRecord[];
  readonly companies: readonly OdooRecord[];
  readonly users: readonly OdooRecord[];
  readonly models: readonly OdooRecord[];
  readonly fields: readonly OdooRecord[];
  readonly acls: readonly OdooRecord[];
  readonly rules: readonly OdooRecord[];
  readonly departments: readonly OdooRecord[] | null;
  readonly employees: readonly OdooRecord[] | null;
  /** 19+: `res.users.group_ids` (explicit) + `all_group_ids`; before: `groups_id` (stored closure). */
  readonly explicitGroups: boolean;
}
