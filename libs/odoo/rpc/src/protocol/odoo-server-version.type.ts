/** What `common.version()` (or 19's `/web/version`) says about the server. */
export interface OdooServerVersion {
  /** `17.0`, `saas~18.2`… */
  readonly serverVersion: string;
  /** The series: `17.0`, `saas~18.2`. */
  readonly serverSerie: string;
  /** `[17, 0, 0, 'final', 0, '']`. */
  readonly versionInfo: readonly (number | string)[];
}
