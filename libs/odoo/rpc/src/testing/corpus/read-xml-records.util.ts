import { SaxesParser } from 'saxes';
import type { XmlRecord, XmlRecordField } from './xml-record.type';

/** The `<record>` elements of an Odoo XML data file, in document order (other elements are skipped). */
export function readXmlRecords(text: string, file: string): XmlRecord[] {
  const records: XmlRecord[] = [];
  let record: { model: string; id: string; fields: XmlRecordField[]; line: number } | undefined;
  let field: { name: string; ref?: string; eval?: string; text: string; depth: number } | undefined;
  let depth = 0;
  const parser = new SaxesParser({ fileName: file });
  parser.on('error', (error) => {
    throw new Error(`${file}: ${error.message}`);
  });
  parser.on('opentag', (tag) => {
    depth++;
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === 'record' && !record) record = { model: attributes['model'] ?? '', id: attributes['id'] ?? '', fields: [], line: parser.line };
    else if (tag.name === 'field' && record && !field) field = { name: attributes['name'] ?? '', ref: attributes['ref'], eval: attributes['eval'], text: '', depth };
  });
  const onText = (chunk: string) => {
    if (field && depth === field.depth) field.text += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    if (tag.name === 'field' && field && depth === field.depth) {
      record?.fields.push({ name: field.name, ref: field.ref, eval: field.eval, text: field.text });
      field = undefined;
    } else if (tag.name === 'record' && record && !field) {
      records.push(record);
      record = undefined;
    }
    depth--;
  });
  parser.write(text).close();
  return records;
}
