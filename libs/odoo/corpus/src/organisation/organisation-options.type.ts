export interface OrganisationOptions {
  /** Users to add (internal ones each get an employee). */
  readonly users: number;
  readonly seed?: number;
  /** Companies besides the snapshot's own (default: one per 2,500 users, at least 1). */
  readonly companies?: number;
  /** Departments per company (default: one per 25 users of the company, at least 1). */
  readonly departmentsPerCompany?: number;
  /** Share of portal users (default 0.1). */
  readonly portalShare?: number;
  /** Share of archived users (default 0.05). */
  readonly archivedShare?: number;
  /**
   * When set, internal users get one of this many job roles (each 1–4 application groups) and 5 %
   * of them one extra group, as organisations assign access by function. When absent, each user
   * gets 0–4 groups at random (many more distinct access profiles).
   */
  readonly jobRoles?: number;
}
