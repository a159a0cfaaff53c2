import { createPositionLookup } from './text-position.test-util';

export interface CsvCell {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/** RFC 4180 CSV (quoted fields with `""` escapes and newlines); each cell knows where its text starts. */
export function parseCsv(text: string): Record<string, CsvCell>[] {
  const position = createPositionLookup(text);
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let i = 0;
  while (i < text.length) {
    const quoted = text[i] === '"';
    const start = quoted ? i + 1 : i;
    let value = '';
    if (quoted) {
      for (i = start; i < text.length && !(text[i] === '"' && text[i + 1] !== '"'); i++) {
        value += text[i];
        if (text[i] === '"') i++;
      }
      i++;
    } else {
      for (; i < text.length && !',\r\n'.includes(text[i]); i++) value += text[i];
    }
    row.push({ value, ...position(start) });
    if (text[i] === ',') i++;
    else {
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  const [header, ...body] = rows;
  return body.filter((r) => r.some((c) => c.value !== '')).map((r) => Object.fromEntries(header.map((h, k) => [h.value, r[k] ?? { value: '', line: 0, column: 0 }])));
}
