import { UserInputError } from './user-input-error';
import type { Connection } from './connection.type';
import { maxPageSize } from './page-args.type';

export interface OffsetPage {
  offset: number;
  limit: number;
}

const cursorPrefix = 'offset:';

/**
 * Turns Relay `first`/`after` into an offset and a limit. Cursors are opaque base64 of the position
 * in a stable ordering, which every list resolver must provide (ORDER BY a unique key).
 */
export function toOffsetPage(args: { first?: number | null; after?: string | null }): OffsetPage {
  const limit = args.first ?? 50;
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw new UserInputError('first', `must be between 0 and ${maxPageSize}`);
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

export function toConnection<T>(nodes: T[], page: OffsetPage, totalCount: number): Connection<T> {
  const edges = nodes.map((node, index) => ({ node, cursor: encodeCursor(page.offset + index) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function encodeCursor(position: number): string {
  return Buffer.from(`${cursorPrefix}${position}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const position = Number(text.slice(cursorPrefix.length));
  if (!text.startsWith(cursorPrefix) || !Number.isInteger(position) || position < 0) {
    throw new UserInputError('after', 'is not a cursor returned by this list');
  }
  return position;
}
