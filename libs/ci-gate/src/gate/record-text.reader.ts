import { readFileSync } from 'node:fs';
import type { SourceLocation } from '@sightline/odoo-model';
import { moduleFileResolver } from './module-file.resolver';

const MAX_RECORD_LINES = 400;

/** The text of a `<record>` (from its line to its `</record>`), read once per file. */
export class RecordTextReader {
  private readonly files = new Map<string, readonly string[] | null>();
  private readonly resolve: (file: string) => string | null;

  constructor(addonsPaths: readonly string[]) {
    this.resolve = moduleFileResolver(addonsPaths);
  }

  recordAt(location: SourceLocation): string | null {
    const lines = this.lines(location.file);
    if (!lines) return null;
    const start = location.line - 1;
    const end = lines.slice(start, start + MAX_RECORD_LINES).findIndex((line) => line.includes('</record>'));
    return lines.slice(start, end < 0 ? start + 1 : start + end + 1).join('\n');
  }

  private lines(file: string): readonly string[] | null {
    if (!this.files.has(file)) {
      const path = this.resolve(file);
      this.files.set(file, path === null ? null : readFileSync(path, 'utf8').split('\n'));
    }
    return this.files.get(file)!;
  }
}
