import type { Acl, Perms } from '@sightline/odoo-model';

export interface GroupDraft {
  readonly xmlid: string;
  name: string | null;
  category: string | null;
  privilege: string | null;
  readonly implied: Set<string>;
  share: boolean;
  comment: string | null;
}

export interface UserDraft {
  readonly xmlid: string;
  login: string | null;
  name: string | null;
  active: boolean;
  readonly groups: Set<string>;
  company: string | null;
  readonly companies: Set<string>;
}

export interface RuleDraft {
  readonly xmlid: string;
  name: string;
  model: string | null;
  readonly groups: Set<string>;
  domain: string | null;
  perms: Perms;
  active: boolean;
}

export type AclDraft = { -readonly [K in keyof Acl]: Acl[K] };
