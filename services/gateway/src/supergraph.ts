import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The supergraph composed at build time from every subgraph's SDL (see `npm run compose`). */
export const supergraphPath = join(__dirname, '..', 'supergraph.graphql');

export function readSupergraph(): string {
  return readFileSync(supergraphPath, 'utf8');
}
