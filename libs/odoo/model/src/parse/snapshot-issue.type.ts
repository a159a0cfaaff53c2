/** One problem of a snapshot document: `path` is a JSON path such as `$.groups[3].xmlid`. */
export interface SnapshotIssue {
  readonly path: string;
  readonly message: string;
}
