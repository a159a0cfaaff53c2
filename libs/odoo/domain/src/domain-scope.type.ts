/**
 * How far a (combined) record-rule domain reaches. The known scopes nest in practice
 * (`all` ⊇ `own-company` ⊇ `own-department` ⊇ `own-records` ⊇ `none`), but the classifier never
 * relies on that: `custom` means no scope other than `all` is guaranteed to contain the records.
 */
export type DomainScope = 'all' | 'own-company' | 'own-records' | 'own-department' | 'none' | 'custom';

export interface ScopeClassification {
  readonly scope: DomainScope;
  /**
   * True when the domain is exactly the scope (e.g. `company_id in company_ids`); false when it is
   * a further restricted subset of it (e.g. own records that are also drafts) or `custom`.
   */
  readonly exact: boolean;
  /** A short human explanation, e.g. "records of the user's companies: company_id in company_ids". */
  readonly explanation: string;
}
