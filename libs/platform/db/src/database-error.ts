/** A database that cannot be reached or started, phrased as one line naming where and why. */
export class DatabaseError extends Error {
  constructor(
    readonly subject: string,
    readonly reason: string,
  ) {
    super(`${subject}: ${reason}`);
    this.name = 'DatabaseError';
  }
}
