import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import type { GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { parse } from 'yaml';
import { roles } from '@sightline/platform-auth';
import type { Role } from '@sightline/platform-auth';
import { createTestDatabase, queryRows } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { postGraphQL } from '@sightline/platform-http/testing';
import { openInventoryDatabase, storeSnapshot } from '@sightline/inventory';
import { servePlatform } from '../src/commands/serve.command';
import type { RunningPlatform } from '../src/commands/serve.command';
import { bearer, issueApiToken } from './api-token.test-util';
import { adminKey, hrSnapshot } from './hr-snapshot.test-util';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are walked generically */

type Cell = 'tenant' | 'assigned' | 'deny';
interface PermissionTable {
  Query: Record<string, string>;
  Mutation: Record<string, string>;
  fields: Record<string, string>;
  reach: Record<string, { via: string[]; query: string }>;
  personal: Record<string, string | { query: string; select: string; collect: string }>;
  arguments: Record<string, { via: string[]; query: string; search?: string; subject?: string; refusedAs?: string }>;
}

const root = join(__dirname, '..', '..', '..');
const table = parse(readFileSync(join(__dirname, 'fixtures', 'operation-permissions.yaml'), 'utf8')) as PermissionTable;
const abilityMatrix = parse(readFileSync(join(root, 'libs/platform/auth/src/ability-matrix.expected.yaml'), 'utf8')) as {
  columns: string[];
  roles: Record<Role, Record<string, Cell[]>>;
  personalFields: Record<Role, Record<string, string[]>>;
};

/** What the reviewed ability matrix says a role may do with a permission of the table. */
function cellOf(role: Role, permission: string): Cell {
  if (permission === 'authenticated') return 'tenant';
  const [action, subject] = permission.split(' ');
  return abilityMatrix.roles[role][subject][abilityMatrix.columns.indexOf(action)];
}

const permissionOf = (field: string): string => {
  const [type, name] = field.split('.');
  const permission = type === 'Query' || type === 'Mutation' ? table[type][name] : table.fields[field];
  if (!permission) throw new Error(`${field} is not in operation-permissions.yaml`);
  return permission;
};

interface Probe {
  field: string;
  /** The fields on the way, outermost first, the probed one last. */
  chain: string[];
  operation: string;
}

describe('role × operation matrix over the supergraph', () => {
  let database: TestDatabase;
  let platform: RunningPlatform;
  let inventory: DataSource;
  let schema: GraphQLSchema;
  let addonsDir: string;
  const ids: Record<string, string> = {};
  const tokens = {} as Record<Role, string>;

  const fill = (text: string) => text.replace(/\$(snapshot|before|source|user)\b/g, (_m, name: string) => ids[name]);

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await servePlatform({ port: 0, announce: () => undefined }, {
      SIGHTLINE_LOG_LEVEL: 'silent', DATABASE_URL: database.url, SIGHTLINE_SECRET_KEY: randomBytes(32).toString('base64'),
    });
    inventory = await openInventoryDatabase(database.url);
    ids.snapshot = (await storeSnapshot(inventory, { tenantSlug: 'default', snapshot: hrSnapshot(false), label: 'now' })).id;
    // Earlier, the Timesheets administrator was a Timesheets user with another name: the diff has a user change.
    const earlier = hrSnapshot(true);
    const renamed = { ...earlier, users: earlier.users.map((u) => (u.key === adminKey ? { ...u, name: 'Timesheet User' } : u)) };
    ids.before = (await storeSnapshot(inventory, { tenantSlug: 'default', snapshot: renamed, label: 'before' })).id;
    ids.user = adminKey;
    for (const role of roles) tokens[role] = await issueApiToken(database.url, role);
    addonsDir = mkdtempSync(join(tmpdir(), 'sightline-matrix-'));
    const created = await postGraphQL(platform.url, `mutation($p: [String!]!) { createAddonsSource(input: { name: "addons", addonsPaths: $p, odooVersion: "17.0" }) { id } }`, { p: [addonsDir] }, bearer(tokens.admin));
    ids.source = created.data!.createAddonsSource.id;
    const introspection = await postGraphQL(platform.url, getIntrospectionQuery(), {}, bearer(tokens['privacy-officer']));
    schema = buildClientSchema(introspection.data as any);
  }, 180_000);

  afterAll(async () => {
    await inventory?.destroy();
    await platform?.stop();
    await database?.dispose();
    if (addonsDir) rmSync(addonsDir, { recursive: true, force: true });
  });

  /** A literal for an argument of this type: real ids where the test has them, else the simplest valid value. */
  function literal(type: GraphQLInputType, name: string): string {
    if (isNonNullType(type)) return literal(type.ofType, name);
    if (isListType(type)) return `[${literal(type.ofType, name)}]`;
    if (isEnumType(type)) return type.getValues()[0].name;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
      return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, f.name)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      if (type.name === 'ID') return JSON.stringify(/^(from|snapshotId|id)$/.test(name) ? ids.snapshot : name === 'to' ? ids.before : ids.source);
      if (type.name === 'Int' || type.name === 'Float') return '1';
      if (type.name === 'Boolean') return 'false';
      if (type.name === 'DateTime') return '"2099-01-01T00:00:00Z"';
      if (type.name.startsWith('JSON')) return '{}';
      const known: Record<string, string> = { userKey: ids.user, key: ids.user, xmlid: 'hr.group_hr_user', groupXmlid: 'hr.group_hr_user', model: 'hr.employee', field: 'private_email' };
      return JSON.stringify(known[name] ?? 'matrix');
    }
    throw new Error(`no literal for ${String(type)}`);
  }

  function call(field: GraphQLField<unknown, unknown>): string {
    const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: ${literal(a.type, a.name)}`);
    const returned = getNamedType(field.type);
    return `${field.name}${args.length ? `(${args.join(', ')})` : ''}${isObjectType(returned) ? ' { __typename }' : ''}`;
  }

  function probes(): Probe[] {
    const result: Probe[] = [];
    for (const kind of ['Query', 'Mutation'] as const) {
      const type = kind === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      for (const field of Object.values(type.getFields())) {
        result.push({ field: `${kind}.${field.name}`, chain: [`${kind}.${field.name}`], operation: `${kind === 'Query' ? 'query' : 'mutation'} { ${call(field)} }` });
      }
    }
    for (const name of Object.keys(table.fields)) {
      const [typeName, fieldName] = name.split('.');
      const reach = table.reach[typeName];
      const field = (schema.getType(typeName) as any).getFields()[fieldName] as GraphQLField<unknown, unknown>;
      result.push({ field: name, chain: [...reach.via, name], operation: `query { ${fill(reach.query).replace('{}', call(field))} }` });
    }
    return result;
  }

  async function fingerprint(): Promise<unknown> {
    return queryRows(database.url, `select
      (select count(*) from inventory.source) sources, (select count(*) from inventory.snapshot) snapshots, (select count(*) from inventory.job) jobs,
      (select count(*) from exposure.classification_override) overrides, (select count(*) from auth.api_token where revoked_at is null) tokens,
      (select count(*) from auth.role_assignment) assignments, (select count(*) from inventory.source where credential is not null) credentials`);
  }

  it('has a reviewed permission for every query, mutation and field resolver, and the code declares exactly those', () => {
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(Object.keys(table.Query).sort());
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(Object.keys(table.Mutation).sort());
    const storage = getMetadataStorage();
    const typeName = (target: unknown) => storage.objectTypes.find((o) => o.target === target)?.name;
    const declared = (rolesOf: any[] | undefined) => (rolesOf && rolesOf.length ? `${rolesOf[0].action} ${rolesOf[0].subject}` : rolesOf ? 'authenticated' : 'NONE');
    const fromCode: Record<string, string> = {};
    for (const query of storage.queries) fromCode[`Query.${query.schemaName}`] = declared(query.roles);
    for (const mutation of storage.mutations) fromCode[`Mutation.${mutation.schemaName}`] = declared(mutation.roles);
    for (const resolver of storage.fieldResolvers) fromCode[`${typeName(resolver.getObjectType?.())}.${resolver.schemaName}`] = declared(resolver.roles);
    // Permissions on plain fields of object types (e.g. a diff's per-user lists).
    for (const field of storage.authorizedFields) {
      const type = typeName(field.target);
      if (type) fromCode[`${type}.${field.fieldName}`] = declared(field.roles);
    }
    const fromTable: Record<string, string> = {
      ...Object.fromEntries(Object.entries(table.Query).map(([k, v]) => [`Query.${k}`, v])),
      ...Object.fromEntries(Object.entries(table.Mutation).map(([k, v]) => [`Mutation.${k}`, v])),
      ...table.fields,
    };
    expect(fromCode).toEqual(fromTable);
  });

  it('refuses every operation without credentials', async () => {
    const refused: string[] = [];
    for (const probe of probes()) {
      const body = await postGraphQL(platform.url, probe.operation);
      if (body.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED' || body.data) refused.push(probe.field);
    }
    expect(refused).toEqual([]);
  });

  it.each([...roles])('%s: every operation and field resolver is allowed or refused as the ability matrix says, and refused mutations write nothing', async (role) => {
    const wrong: string[] = [];
    for (const probe of probes()) {
      const cells = probe.chain.map((step) => ({ step, cell: cellOf(role, permissionOf(step)) }));
      const firstDenied = cells.find((c) => c.cell === 'deny');
      const deniedWrite = firstDenied && probe.field.startsWith('Mutation.');
      const before = deniedWrite ? await fingerprint() : undefined;
      const body = await postGraphQL(platform.url, probe.operation, {}, bearer(tokens[role]));
      if (deniedWrite && JSON.stringify(await fingerprint()) !== JSON.stringify(before)) wrong.push(`${probe.field}: refused, yet the database changed`);
      const invalid = (body.errors ?? []).find((e) => /^GRAPHQL_(VALIDATION|PARSE)_FAILED$/.test(String(e.extensions?.code)));
      if (invalid) wrong.push(`${probe.field}: the probe itself is invalid: ${invalid.message}`);
      const refusals = (body.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED');
      if (firstDenied) {
        const named = refusals.find((e) => e.extensions?.field === firstDenied.step);
        if (!named) wrong.push(`${probe.field}: expected FORBIDDEN on ${firstDenied.step}, got ${JSON.stringify(body.errors ?? body.data)}`);
      } else {
        // Allowed by type; a reviewer's rows are filtered to assigned subjects (refused per subject, never per field).
        const fieldRefusal = refusals.find((e) => probe.chain.includes(String(e.extensions?.field)));
        if (fieldRefusal) wrong.push(`${probe.field}: expected it to be allowed, got ${fieldRefusal.message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([...roles])('%s: arguments reaching personal data pass the check of what they reach (search, changes[].userKey)', async (role) => {
    const wrong: string[] = [];
    for (const [name, argument] of Object.entries(table.arguments)) {
      const body = await postGraphQL(platform.url, `query { ${fill(argument.query)} }`, {}, bearer(tokens[role]));
      const codes = (body.errors ?? []).map((e) => `${String(e.extensions?.code)} ${String(e.extensions?.field)}`);
      const firstDenied = argument.via.find((step) => cellOf(role, permissionOf(step)) === 'deny');
      if (firstDenied) {
        if (!codes.includes(`FORBIDDEN ${firstDenied}`)) wrong.push(`${name}: expected FORBIDDEN on ${firstDenied}, got ${JSON.stringify(body)}`);
        continue;
      }
      if (argument.search) {
        const [subject, field] = argument.search.split('.');
        const mayRead = cellOf(role, `read ${subject}`) === 'tenant' && abilityMatrix.personalFields[role][subject].includes(field);
        const found = (body.data as any)?.snapshot?.users?.totalCount;
        if (codes.length > 0 || found !== (mayRead ? 1 : 0)) wrong.push(`${name}: expected ${mayRead ? 1 : 0} found, got ${JSON.stringify(body)}`);
      }
      if (argument.subject) {
        const cell = cellOf(role, `read ${argument.subject}`);
        if (cell === 'assigned' && !codes.includes(`FORBIDDEN ${argument.refusedAs}`)) wrong.push(`${name}: expected FORBIDDEN on ${argument.refusedAs}, got ${JSON.stringify(body)}`);
        if (cell === 'tenant' && codes.length > 0) wrong.push(`${name}: expected it to be allowed, got ${JSON.stringify(body.errors)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([...roles])("%s: an Odoo user's login and name are returned only to roles that may read them", async (role) => {
    const wrong: string[] = [];
    for (const [field, entry] of Object.entries(table.personal)) {
      const name = field.split('.')[1];
      const probe = typeof entry === 'string' ? { query: entry, select: name, collect: name } : entry;
      const body = await postGraphQL(platform.url, `query { ${fill(probe.query).replace('{}', probe.select)} }`, {}, bearer(tokens[role]));
      const values = collect(body.data, probe.collect);
      const readable = cellOf(role, 'read OdooUser') === 'tenant' && cellOf(role, 'read Exposure') !== 'deny' && abilityMatrix.personalFields[role].OdooUser.includes(name);
      const inventoryOnly = field.startsWith('OdooUser.') || field.startsWith('SnapshotChange.');
      const mayRead = inventoryOnly ? cellOf(role, 'read OdooUser') === 'tenant' && abilityMatrix.personalFields[role].OdooUser.includes(name) : readable;
      if (mayRead && !(values.length > 0 && values.every((v) => typeof v === 'string' && v.length > 0))) wrong.push(`${field}: expected values, got ${JSON.stringify(body)}`);
      if (!mayRead && values.some((v) => v !== null)) wrong.push(`${field}: leaked ${JSON.stringify(values)}`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Every value of `key` anywhere in a GraphQL answer. */
function collect(data: unknown, key: string): unknown[] {
  if (Array.isArray(data)) return data.flatMap((item) => collect(item, key));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) => (k === key && (v === null || typeof v !== 'object') ? [v] : collect(v, key)));
  }
  return [];
}
