/**
 * One mirrored Odoo record (an employee, a department, a user, a company). `identity` is what
 * domains compare it as: its database id when the snapshot has one, else its record key.
 * Relational values hold other records (many2one) or arrays of records (x2many).
 */
export class MirrorRecord {
  readonly values = new Map<string, unknown>();

  constructor(
    readonly model: string,
    readonly key: string,
    readonly identity: number | string,
  ) {}

  get active(): boolean {
    return this.values.get('active') !== false;
  }
}
