import type { OdooRecord } from '../client/odoo-record.type';
import type { AccessMappingContext } from './access-mapping-context.type';
import { many2oneId } from './many2one-id.util';

/** The model name an ACL or rule's `model_id` points to; null (and a warning) if that model was not read. */
export function modelOfRecord(row: OdooRecord, from: string, ctx: AccessMappingContext): string | null {
  const id = many2oneId(row['model_id']);
  const model = id === null ? undefined : ctx.modelNameById.get(id);
  if (model === undefined) ctx.warnings.unknownReference(from, 'ir.model', id ?? 0);
  return model ?? null;
}
