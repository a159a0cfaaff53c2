/** A problem at a place in the data file being read; the file reader adds the file name. */
export class DataFileProblemError extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(reason);
    this.name = 'DataFileProblemError';
  }
}
