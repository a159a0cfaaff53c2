import type { AccessRowDraft, AclDraft, CategoryDraft, DraftOrigin, GroupDraft, PrivilegeDraft, RuleDraft, UserDraft } from './record-drafts.type';

/** Everything the data files said so far: security records being built, and the model of every XML id seen. */
export class SecurityDataStore {
  readonly groups = new Map<string, GroupDraft>();
  readonly categories = new Map<string, CategoryDraft>();
  readonly privileges = new Map<string, PrivilegeDraft>();
  readonly users = new Map<string, UserDraft>();
  readonly acls = new Map<string, AclDraft>();
  readonly rules = new Map<string, RuleDraft>();
  readonly accessRows = new Map<string, AccessRowDraft>();
  /** Model of every record XML id defined so far, security or not (`hr.group_hr_user` → `res.groups`). */
  readonly recordModels = new Map<string, string>();
  /** XML ids referenced but belonging to modules outside the tree. */
  readonly externalRefs = new Set<string>();
  /** Records whose `model_id` could not be resolved (already reported); they are left out of the result. */
  readonly unresolved = new Set<string>();

  /** The group draft, created as an extension-only (external) group when unknown. */
  group(xmlid: string): GroupDraft {
    return getOrCreate(this.groups, xmlid, newGroup);
  }

  /**
   * Removes a record (`<delete>`), and the many2many links to it. Many2one references to it
   * (an ACL's group) are left: Odoo would refuse the deletion.
   */
  delete(model: string, xmlid: string): boolean {
    const drafts = this.draftsOf(model);
    if (!drafts?.delete(xmlid)) return false;
    this.recordModels.delete(xmlid);
    if (model === 'res.groups') this.unlinkGroup(xmlid);
    return true;
  }

  private unlinkGroup(xmlid: string): void {
    for (const group of this.groups.values()) group.implied.delete(xmlid);
    for (const user of this.users.values()) user.groups.delete(xmlid);
    for (const rule of this.rules.values()) rule.groups.delete(xmlid);
  }

  private draftsOf(model: string): Map<string, DraftOrigin> | undefined {
    const byModel: Record<string, Map<string, DraftOrigin>> = {
      'res.groups': this.groups,
      'res.users': this.users,
      'ir.module.category': this.categories,
      'res.groups.privilege': this.privileges,
      'ir.model.access': this.acls,
      'ir.rule': this.rules,
      'ir.access': this.accessRows,
    };
    return byModel[model];
  }

  /** The user draft, created as an extension-only (external) user when unknown. */
  user(xmlid: string): UserDraft {
    return getOrCreate(this.users, xmlid, newUser);
  }
}

function getOrCreate<D extends DraftOrigin>(drafts: Map<string, D>, xmlid: string, create: (xmlid: string) => D): D {
  let draft = drafts.get(xmlid);
  if (!draft) {
    draft = create(xmlid);
    drafts.set(xmlid, draft);
  }
  return draft;
}

export function newGroup(xmlid: string): GroupDraft {
  return { xmlid, extensions: [], name: null, categoryXmlid: null, privilegeXmlid: null, implied: new Set(), share: false, comment: null };
}

export function newUser(xmlid: string): UserDraft {
  return { xmlid, extensions: [], login: null, name: null, active: true, companyXmlid: null, companyXmlids: new Set(), groups: new Set() };
}
