import { OdooProtocolError } from '../errors/odoo-protocol.error';
import type { OdooClient } from './odoo-client';
import type { OdooRecord } from './odoo-record.type';
import type { ReadAllParams } from './read-all-params.type';

const DEFAULT_PAGE_SIZE = 1000;

/**
 * Reads every record of `model` matching the domain in pages of `search_read` ordered by id, each
 * page asking for ids above the last one read. Unlike limit/offset, a record inserted or deleted
 * between two pages can neither shift a record into a page already read (a skip) nor back into
 * the next one (a duplicate). The count first gives the progress callback its total.
 */
export async function readAllRecords<T extends OdooRecord>(client: OdooClient, model: string, params: ReadAllParams): Promise<T[]> {
  const { domain = [], fields, context, onProgress } = params;
  const pageSize = params.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  const total = onProgress ? await client.searchCount(model, domain, context) : null;
  const records: T[] = [];
  onProgress?.({ model, read: 0, total });
  for (let lastId = 0, more = true; more; ) {
    const page = await client.searchRead<T>(model, { domain: [['id', '>', lastId], ...domain], fields, order: 'id', limit: pageSize, context });
    lastId = appendPage(records, page, lastId, `${client.url} ${model}.search_read`);
    more = page.length >= pageSize;
    onProgress?.({ model, read: records.length, total: total === null ? null : Math.max(total, records.length) });
  }
  return records;
}

function appendPage<T extends OdooRecord>(records: T[], page: unknown, lastId: number, endpoint: string): number {
  if (!Array.isArray(page)) throw new OdooProtocolError(endpoint, 'search_read did not return a list');
  let last = lastId;
  for (const record of page as T[]) {
    if (typeof record?.id !== 'number' || record.id <= last) {
      throw new OdooProtocolError(endpoint, `records are not in increasing id order after id ${last}: cannot page safely`);
    }
    records.push(record);
    last = record.id;
  }
  return last;
}
