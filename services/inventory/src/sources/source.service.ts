import type { DataSource } from 'typeorm';
import { isIP } from 'node:net';
import { withTenant } from '@sightline/platform-db';
import type { OffsetPage } from '@sightline/platform-graphql';
import { UserInputError } from '@sightline/platform-graphql';
import { OdooAddressPolicy } from '@sightline/odoo-rpc';
import type { SecretBox } from '@sightline/platform-secrets';
import { SourceEntity } from '../entities/source.entity';
import type { OdooProtocol } from '../entities/source.entity';

export interface OdooSourceInput {
  name: string;
  url: string;
  database: string;
  login: string;
  protocol: OdooProtocol;
  /** API key (or password); sealed before it is stored. */
  secret: string;
}

export interface AddonsSourceInput {
  name: string;
  addonsPaths: string[];
  install: string[];
  odooVersion: string | null;
}

/** Sources of snapshots. Credentials are sealed with the row's id as context and never read back here. */
export class SourceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    private readonly addressPolicy: OdooAddressPolicy = new OdooAddressPolicy(),
  ) {}

  async createOdoo(tenantId: string, input: OdooSourceInput): Promise<SourceEntity> {
    assertHttpUrl(input.url, this.addressPolicy);
    requireText('input.database', input.database);
    requireText('input.login', input.login);
    requireText('input.apiKey', input.secret);
    return withTenant(this.dataSource, tenantId, async (manager) => {
      const repository = manager.getRepository(SourceEntity);
      const source = await repository.save(
        repository.create({
          tenantId, kind: 'odoo', name: requireText('input.name', input.name), odooUrl: input.url.replace(/\/+$/, ''),
          odooDatabase: input.database, odooLogin: input.login, odooProtocol: input.protocol, addonsPaths: [], installModules: [],
        }),
      ).catch(rethrowDuplicateName);
      await repository.update(source.id, { credential: this.secrets.seal(input.secret, source.id) });
      return source;
    });
  }

  async createAddons(tenantId: string, input: AddonsSourceInput): Promise<SourceEntity> {
    // Each entry may be Odoo's comma-separated addons_path, as copied from odoo.conf.
    const addonsPaths = input.addonsPaths.flatMap((path) => path.split(',')).map((path) => path.trim());
    if (addonsPaths.length === 0 || addonsPaths.some((p) => !p)) {
      throw new UserInputError('input.addonsPaths', 'needs at least one non-empty path');
    }
    const name = requireText('input.name', input.name);
    return withTenant(this.dataSource, tenantId, (manager) => {
      const repository = manager.getRepository(SourceEntity);
      return repository.save(
        repository.create({
          tenantId, kind: 'addons', name, addonsPaths, installModules: input.install, odooVersion: input.odooVersion,
          odooUrl: null, odooDatabase: null, odooLogin: null, odooProtocol: null,
        }),
      );
    }).catch(rethrowDuplicateName);
  }

  async setCredential(source: SourceEntity, secret: string): Promise<void> {
    requireText('apiKey', secret);
    await withTenant(this.dataSource, source.tenantId, (manager) =>
      manager.getRepository(SourceEntity).update({ id: source.id, tenantId: source.tenantId }, { credential: this.secrets.seal(secret, source.id) }),
    );
  }

  async hasCredential(sourceId: string): Promise<boolean> {
    const rows = await this.dataSource.query('select credential is not null as has from inventory.source where id = $1', [sourceId]);
    return rows[0]?.has === true;
  }

  // Tenant reads and deletes act as the tenant's role: row-level security backs the tenant condition.
  findById(tenantId: string, id: string): Promise<SourceEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return withTenant(this.dataSource, tenantId, (db) => db.getRepository(SourceEntity).findOneBy({ tenantId, id }));
  }

  list(tenantId: string, page: OffsetPage): Promise<[SourceEntity[], number]> {
    return withTenant(this.dataSource, tenantId, (db) =>
      db.getRepository(SourceEntity).findAndCount({ where: { tenantId }, order: { name: 'ASC', id: 'ASC' }, skip: page.offset, take: page.limit }),
    );
  }

  async delete(tenantId: string, id: string): Promise<boolean> {
    const result = await withTenant(this.dataSource, tenantId, (db) => db.getRepository(SourceEntity).delete({ tenantId, id }));
    return (result.affected ?? 0) > 0;
  }
}

function requireText(argument: string, value: string): string {
  if (!value || !value.trim()) throw new UserInputError(argument, 'must not be empty');
  return value.trim();
}

function assertHttpUrl(url: string, policy: OdooAddressPolicy): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserInputError('input.url', 'is not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UserInputError('input.url', 'must be http:// or https://');
  if (parsed.username || parsed.password) throw new UserInputError('input.url', 'must not carry credentials; use apiKey');
  if (parsed.search || parsed.hash) throw new UserInputError('input.url', 'must be the Odoo base URL, without a query or fragment');
  // Names are resolved (and checked again) when a sync connects; a literal address is refused now.
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0 && !policy.allows(host, host)) {
    throw new UserInputError('input.url', 'is a loopback, private, link-local or metadata address, which Odoo sources may not reach unless an operator allows it (SIGHTLINE_ODOO_ALLOWED_HOSTS)');
  }
}

function rethrowDuplicateName(error: { code?: string }): never {
  if (error.code === '23505') throw new UserInputError('input.name', 'a source with this name exists already');
  throw error;
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
