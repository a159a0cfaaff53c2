import { toConnection, toOffsetPage } from '@sightline/platform-graphql';
import type { Connection } from '@sightline/platform-graphql';

/** A Relay page of an in-memory list, which the caller has put in a stable order. */
export function pageList<T>(items: readonly T[], args: { first?: number | null; after?: string | null }): Connection<T> {
  const page = toOffsetPage(args);
  return toConnection(items.slice(page.offset, page.offset + page.limit), page, items.length);
}
