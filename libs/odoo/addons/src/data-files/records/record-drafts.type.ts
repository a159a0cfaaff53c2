import type { SourceLocation } from '@sightline/odoo-model';

/** What every security record being built remembers of where it comes from. */
export interface DraftOrigin {
  readonly xmlid: string;
  /** The record that created it; absent when it is defined outside the tree and only extended here. */
  source?: SourceLocation;
  readonly extensions: SourceLocation[];
}

export interface MutablePerms {
  read: boolean;
  write: boolean;
  create: boolean;
  unlink: boolean;
}

export interface GroupDraft extends DraftOrigin {
  name: string | null;
  categoryXmlid: string | null;
  privilegeXmlid: string | null;
  readonly implied: Set<string>;
  share: boolean;
  comment: string | null;
}

export interface CategoryDraft extends DraftOrigin {
  name: string | null;
  parentXmlid: string | null;
}

export interface PrivilegeDraft extends DraftOrigin {
  name: string | null;
  categoryXmlid: string | null;
}

export interface UserDraft extends DraftOrigin {
  login: string | null;
  name: string | null;
  active: boolean;
  companyXmlid: string | null;
  readonly companyXmlids: Set<string>;
  /** Explicit groups. */
  readonly groups: Set<string>;
}

export interface AclDraft extends DraftOrigin {
  name: string | null;
  model: string | null;
  groupXmlid: string | null;
  readonly perms: MutablePerms;
  active: boolean;
}

export interface RuleDraft extends DraftOrigin {
  name: string | null;
  model: string | null;
  readonly groups: Set<string>;
  domain: string | null;
  readonly perms: MutablePerms;
  active: boolean;
}

export interface AccessRowDraft extends DraftOrigin {
  name: string | null;
  model: string | null;
  groupXmlid: string | null;
  operation: string | null;
  domain: string | null;
  active: boolean;
}
