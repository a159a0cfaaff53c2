import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const CORPUS_ROOT = resolve(__dirname, '../../../../../test/fixtures/odoo-corpus');
export const CORPUS_VERSIONS = ['17.0', '18.0', '19.0'] as const;

export interface CorpusDomain {
  /** Path relative to the corpus root. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** The record's XML id (XML) or the row id (CSV). */
  readonly id: string;
}

const ENTITIES: Readonly<Record<string, string>> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? m;
  });
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith(suffix)).sort().map((n) => join(dir, n));
}

/** Every `<field name="domain_force">…</field>` of a corpus version (comments skipped), with its position. */
export function corpusRuleDomains(version: string): CorpusDomain[] {
  return filesUnder(join(CORPUS_ROOT, version), '.xml').flatMap((path) => {
    const xml = readFileSync(path, 'utf8');
    const markup = xml.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
    const found: CorpusDomain[] = [];
    for (const record of markup.matchAll(/<record\b[^>]*?\bid\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/record>/dg)) {
      for (const field of record[2].matchAll(/<field\s+name\s*=\s*["']domain_force["']\s*>([\s\S]*?)<\/field>/dg)) {
        const offset = record.indices![2][0] + field.indices![1][0];
        found.push({ file: relative(CORPUS_ROOT, path), ...positionOf(xml, offset), text: decodeXml(field[1]), id: record[1] });
      }
    }
    return found;
  });
}

/** The non-empty `domain` cells of the post-19 `ir.access.csv` files (RFC 4180 quoting). */
export function corpusAccessDomains(): CorpusDomain[] {
  return filesUnder(join(CORPUS_ROOT, 'post-19'), 'ir.access.csv').flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const rows: { value: string; offset: number }[][] = [[]];
    for (const cell of text.matchAll(/("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/dg)) {
      if (cell.index === text.length) break;
      const quoted = cell[1].startsWith('"');
      const value = quoted ? cell[1].slice(1, -1).replace(/""/g, '"') : cell[1];
      rows[rows.length - 1].push({ value, offset: cell.indices![1][0] + (quoted ? 1 : 0) });
      if (cell[2] !== ',') rows.push([]);
    }
    const [header, ...body] = rows.filter((r) => r.length > 1);
    const column = header.findIndex((h) => h.value === 'domain');
    return body
      .filter((row) => row[column]?.value.trim())
      .map((row) => ({ file: relative(CORPUS_ROOT, path), ...positionOf(text, row[column].offset), text: row[column].value, id: row[0].value }));
  });
}
