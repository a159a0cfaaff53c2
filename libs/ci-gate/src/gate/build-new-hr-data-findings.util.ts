import type { GroupFieldAccess } from '@sightline/exposure-report';
import type { NewHrDataRead } from '../diff/new-access.type';
import { fieldKey } from '../exposure/field-key.util';
import type { FindingCauseKind, FindingDraft, FindingField, FindingPrecedent, FindingReader } from '../model/check-finding.type';
import type { BuildContext } from './build-context.type';

type NewDataKind = Extract<FindingCauseKind, 'new-model' | 'new-field' | 'new-classification'>;

interface Bucket {
  readonly model: string;
  readonly kind: NewDataKind;
  readonly fields: Map<string, GroupFieldAccess>;
  readonly reads: Map<string, { entry: NewHrDataRead; fields: { access: GroupFieldAccess; precedent: FindingPrecedent }[] }>;
}

/**
 * SL005: HR data new at head (a new model, a new field, or a field classified only now) that only
 * groups already reading that kind of data read. One finding per model and kind of novelty, listing
 * the readers with what they read at base. A warning unless `--strict` or `newHrData: error`.
 */
export function buildNewHrDataFindings(ctx: BuildContext): FindingDraft[] {
  const baseModels = new Set([...ctx.base.fields].map((key) => key.slice(0, key.indexOf('/'))));
  const kindOf = (access: GroupFieldAccess): NewDataKind =>
    ctx.base.fields.has(fieldKey(access)) ? 'new-classification' : baseModels.has(access.model) ? 'new-field' : 'new-model';
  const buckets = new Map<string, Bucket>();
  for (const entry of ctx.newAccess.newData) {
    for (const read of entry.fields) {
      const kind = kindOf(read.access);
      const id = `${read.access.model}\u0000${kind}`;
      const bucket = buckets.get(id) ?? { model: read.access.model, kind, fields: new Map(), reads: new Map() };
      buckets.set(id, bucket);
      bucket.fields.set(read.access.field, read.access);
      const reader = bucket.reads.get(entry.group.xmlid) ?? { entry, fields: [] };
      bucket.reads.set(entry.group.xmlid, reader);
      reader.fields.push(read);
    }
  }
  return [...buckets.values()].map((bucket) => finding(bucket, ctx));
}

function finding(bucket: Bucket, ctx: BuildContext): FindingDraft {
  const fields = [...bucket.fields.values()].sort((a, b) => a.field.localeCompare(b.field)).map(fieldOf);
  const readers = [...bucket.reads.values()].sort((a, b) => a.entry.group.xmlid.localeCompare(b.entry.group.xmlid)).map(readerOf);
  const first = fields[0]!;
  const setBy = ctx.attribution.headField(fieldKey(first))?.setBy;
  return {
    rule: 'SL005',
    severity: ctx.newHrDataSeverity,
    group: null,
    fields,
    chain: [],
    cause: { kind: bucket.kind, detail: detailOf(bucket, fields) },
    location: ctx.locate(setBy?.file && setBy.line ? { file: setBy.file, line: setBy.line } : null),
    readers,
  };
}

function detailOf({ model, kind }: Bucket, fields: readonly FindingField[]): string {
  const one = fields.length === 1;
  switch (kind) {
    case 'new-model':
      return `model ${model} is new`;
    case 'new-field':
      return one ? `field ${model}.${fields[0]!.field} is new` : `${fields.length} fields of ${model} are new`;
    case 'new-classification':
      return `${one ? 'it' : 'they'} existed at base but ${one ? 'is' : 'are'} classified as HR data only at head`;
  }
}

function fieldOf(access: GroupFieldAccess): FindingField {
  return { model: access.model, field: access.field, access: null, scope: null, before: null, via: [], categories: access.categories, subjects: access.subjects };
}

function readerOf({ entry, fields }: { entry: NewHrDataRead; fields: { access: GroupFieldAccess; precedent: FindingPrecedent }[] }): FindingReader {
  const sorted = [...fields].sort((a, b) => a.access.field.localeCompare(b.access.field));
  const precedents = new Map(sorted.map(({ precedent }) => [`${precedent.basis}/${precedent.model}/${precedent.field}`, precedent]));
  const widest = sorted.find((f) => f.access.access === 'write') ?? sorted[0]!;
  return {
    group: { xmlid: entry.group.xmlid, name: entry.group.name, module: entry.group.module },
    fields: sorted.map((f) => f.access.field),
    access: widest.access.access,
    scopes: [...new Set(sorted.map((f) => f.access.scope))],
    via: [...widest.access.via],
    precedents: [...precedents.values()],
  };
}
