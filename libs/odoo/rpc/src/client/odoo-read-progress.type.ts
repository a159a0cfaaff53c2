/** Progress of reading one model: records read so far, and the total when known. */
export interface OdooReadProgress {
  readonly model: string;
  readonly read: number;
  readonly total: number | null;
}
