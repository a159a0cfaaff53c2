import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadPlatformConfig } from '@sightline/platform-config';

// No Docker engine runs where these tests run, so this checks what can be checked without one:
// the compose file's structure, that every build target and entry point exists, that every
// environment value passes Sightline's own configuration validation, and the subgraph wiring.
const root = join(__dirname, '..', '..');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; target: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  expose?: string[];
  healthcheck?: unknown;
}

// The keys come from the operator's environment (`${NAME:?message}`): stand-ins of the right form here.
const operatorEnvironment: Record<string, string> = {
  SIGHTLINE_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
  SIGHTLINE_AUDIT_SIGNING_KEY: Buffer.alloc(32, 2).toString('base64'),
};
const composeText = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
const interpolated = composeText.replace(/\$\{([A-Z0-9_]+)(?::\?[^}]*)?\}/g, (_match, name: string) => {
  if (!(name in operatorEnvironment)) throw new Error(`docker-compose.yml reads \${${name}}, which this test does not supply`);
  return operatorEnvironment[name];
});
const compose = parse(interpolated, { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const dockerfile = readFileSync(join(root, 'infra/docker/Dockerfile'), 'utf8');
const supergraph = readFileSync(join(root, 'services/gateway/supergraph.graphql'), 'utf8');
const built = Object.entries(compose.services).filter(([, s]) => s.build);

function targetBlock(target: string): string {
  const start = dockerfile.search(new RegExp(`^FROM \\S+ AS ${target}$`, 'm'));
  const rest = dockerfile.slice(start + 1);
  const next = rest.search(/^FROM /m);
  return start < 0 ? '' : rest.slice(0, next < 0 ? undefined : next);
}

function subgraphsOfSupergraph(): string[] {
  const enumBody = /enum join__Graph \{([^}]*)\}/.exec(supergraph)?.[1] ?? '';
  return [...enumBody.matchAll(/join__graph\(name: "([^"]+)"/g)].map((m) => m[1]);
}

describe('docker-compose.yml', () => {
  it('has PostgreSQL, the gateway and every subgraph as services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', ...subgraphsOfSupergraph(), 'postgres'].sort());
    expect(compose.services.postgres.image).toMatch(/^postgres:1[5-9]/);
    expect(compose.services.postgres.healthcheck).toBeDefined();
  });

  it.each(built)('%s builds an existing Dockerfile target whose entry point exists in the sources', (_name, service) => {
    expect(existsSync(join(root, service.build!.context, service.build!.dockerfile))).toBe(true);
    const block = targetBlock(service.build!.target);
    const command = /^CMD \["node", "([^"]+)"/m.exec(block)?.[1];
    expect(command).toBeDefined();
    expect(existsSync(join(root, command!.replace('/dist/', '/src/').replace(/\.js$/, '.ts')))).toBe(true);
  });

  it.each(built)("%s's environment passes Sightline's configuration validation", (_name, service) => {
    expect(() => loadPlatformConfig(service.environment)).not.toThrow();
    expect(loadPlatformConfig(service.environment).databaseUrl).toMatch(/@postgres:5432\//);
  });

  it('points the gateway at every subgraph over HTTP, on the port that subgraph listens on', () => {
    const gateway = compose.services.gateway;
    const urls = loadPlatformConfig(gateway.environment).subgraphUrls;
    expect(Object.keys(urls).sort()).toEqual(subgraphsOfSupergraph().sort());
    for (const [name, url] of Object.entries(urls)) {
      const { hostname, port } = new URL(url);
      expect(hostname).toBe(name);
      expect(compose.services[name].environment?.SIGHTLINE_PORT).toBe(port);
      expect(compose.services[name].expose).toContain(port);
      expect(gateway.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
    }
  });

  it.each(built)('%s requires the shared keys from the operator rather than carrying them', (_name, service) => {
    expect(composeText).toContain('SIGHTLINE_SECRET_KEY: ${SIGHTLINE_SECRET_KEY:?');
    expect(service.environment?.SIGHTLINE_SECRET_KEY).toBe(operatorEnvironment.SIGHTLINE_SECRET_KEY);
    expect(service.environment?.SIGHTLINE_AUDIT_SIGNING_KEY).toBe(operatorEnvironment.SIGHTLINE_AUDIT_SIGNING_KEY);
  });

  it('only depends on services that exist', () => {
    for (const service of Object.values(compose.services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(compose.services[dependency]).toBeDefined();
    }
  });
});
