import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { createInventorySubgraph, defaultSnapshotProducers } from '@sightline/inventory';
import { createExposureSubgraph } from '@sightline/exposure';
import { SecretBox } from '@sightline/platform-secrets';
import { supergraphPath } from '@sightline/gateway';
import { createIdentitySubgraph } from '@sightline/identity';
import { AuditLog } from '@sightline/platform-audit';

/**
 * Composes the static supergraph from every subgraph's SDL and writes both (committed artefacts).
 * With --check it writes nothing and fails when a committed file differs from what the code gives.
 */
async function composeSupergraph(check: boolean): Promise<number> {
  const unconnected = new DataSource({ type: 'postgres' });
  // Only the schemas are needed: nothing here connects, syncs or seals.
  const options = { secrets: SecretBox.fromKey(randomBytes(32)), producers: defaultSnapshotProducers() };
  const identity = await createIdentitySubgraph({ authDb: unconnected, auditDb: unconnected, audit: new AuditLog(unconnected), trustedKeys: () => [] });
  const subgraphs = [await createInventorySubgraph(unconnected, options), await createExposureSubgraph(unconnected), identity];
  const services = subgraphs.map((s) => ({
    name: s.name,
    url: `http://${s.name}.sightline.internal/graphql`,
    sdl: printSubgraphSchema(s.schema),
    sdlPath: join(__dirname, '..', '..', '..', s.name, 'schema.graphql'),
  }));
  const result = composeServices(services.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    process.stderr.write(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}\n`);
    return 1;
  }
  const artefacts = [...services.map((s) => ({ path: s.sdlPath, text: s.sdl })), { path: supergraphPath, text: result.supergraphSdl }];
  const stale = artefacts.filter((a) => readOrEmpty(a.path) !== a.text);
  if (check) {
    for (const a of stale) process.stderr.write(`${a.path} is stale: run \`npm run compose\` and commit the result\n`);
    return stale.length ? 1 : 0;
  }
  for (const a of stale) writeFileSync(a.path, a.text);
  process.stdout.write(`composed ${services.length} subgraph(s); ${stale.length} file(s) updated\n`);
  return 0;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

void composeSupergraph(process.argv.includes('--check')).then((code) => process.exit(code));
