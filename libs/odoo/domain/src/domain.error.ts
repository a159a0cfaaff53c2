import type { SourcePosition } from '@sightline/odoo-python';

/** An invalid domain or a failed domain evaluation; message `<file>:<line>:<column>: <reason>`. */
export class DomainError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly reason: string;

  constructor(reason: string, where: { pos?: SourcePosition; file?: string } = {}) {
    super(where.pos ? `${where.file ?? '<string>'}:${where.pos.line}:${where.pos.column}: ${reason}` : reason);
    this.name = 'DomainError';
    this.file = where.file;
    this.line = where.pos?.line;
    this.column = where.pos?.column;
    this.reason = reason;
  }
}
