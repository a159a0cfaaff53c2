import { splitXmlId, type Group, type SourceLocation } from '@sightline/odoo-model';
import { mentionsXmlId } from './mentions-xmlid.util';
import type { RecordTextReader } from './record-text.reader';

/**
 * The record that makes `from` imply `to`: the last record of `from` naming `to` (`implied_ids`),
 * else the last record of `to` naming `from` (19 `implied_by_ids`), else `from`'s last record.
 */
export function locateImplication(from: Group | undefined, to: Group | undefined, toXmlid: string, records: RecordTextReader): SourceLocation | null {
  const mentioning = (group: Group | undefined, xmlid: string) =>
    locationsOf(group).filter((loc) => mentionsXmlId(records.recordAt(loc) ?? '', xmlid, moduleOf(loc)));
  const candidates = [...mentioning(from, toXmlid), ...(from ? mentioning(to, from.xmlid) : [])];
  return candidates[0] ?? locationsOf(from).at(-1) ?? null;
}

/** The creating record, then the extending ones, last first. */
export function locationsOf(record: { readonly source?: SourceLocation; readonly extensions?: readonly SourceLocation[] } | undefined): SourceLocation[] {
  if (!record) return [];
  return [...(record.extensions ?? [])].reverse().concat(record.source ? [record.source] : []);
}

function moduleOf(location: SourceLocation): string {
  return location.file.split('/')[0]!;
}

export function moduleOfXmlId(xmlid: string): string {
  return splitXmlId(xmlid)?.module ?? '';
}
