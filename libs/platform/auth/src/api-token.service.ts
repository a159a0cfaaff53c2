import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ApiTokenRecord, ApiTokenRejection, CreateApiTokenInput } from './api-token';
import type { Principal } from './principal';
import { isRole } from './role';
import { hashSecret, isSecretMatching, tokenCost } from './scrypt-hash.util';

const tokenPattern = /^slt_[A-Za-z0-9_-]{43}$/;
const prefixLength = 12;
const columns = 'id, tenant_id, role, name, prefix, created_by, created_at, expires_at, revoked_at, last_used_at';

interface TokenRow {
  id: string;
  tenant_id: string;
  role: string;
  name: string;
  prefix: string;
  created_by: string | null;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
  hash?: string;
}

export type ApiTokenVerification =
  | { ok: true; principal: Principal; record: ApiTokenRecord }
  | { ok: false; reason: ApiTokenRejection; /** The token, when it is genuine but revoked or expired. */ record?: ApiTokenRecord };

/**
 * API tokens for dashboards and automation: `slt_` + 32 random bytes (base64url), shown once,
 * stored as a salted scrypt hash, looked up by their first 12 characters, scoped to one tenant
 * and one role, optionally expiring, revocable.
 */
export class ApiTokenService {
  // A hash to compare against when the prefix is unknown, so both paths cost the same.
  private readonly decoy = hashSecret(`slt_${randomBytes(32).toString('base64url')}`, tokenCost);

  constructor(private readonly db: DataSource) {}

  async create(input: CreateApiTokenInput, now: Date = new Date()): Promise<{ token: string; record: ApiTokenRecord }> {
    if (!isRole(input.role)) throw new Error(`API token: unknown role ${JSON.stringify(input.role)}`);
    if (input.expiresAt && input.expiresAt <= now) throw new Error('API token: expiresAt must be in the future');
    for (let attempt = 0; ; attempt += 1) {
      const token = `slt_${randomBytes(32).toString('base64url')}`;
      try {
        const rows: TokenRow[] = await this.db.query(
          `insert into auth.api_token (tenant_id, role, name, prefix, hash, created_by, expires_at)
           values ($1, $2, $3, $4, $5, $6, $7) returning ${columns}`,
          [input.tenantId, input.role, input.name, token.slice(0, prefixLength), await hashSecret(token, tokenCost), input.createdBy ?? null, input.expiresAt ?? null],
        );
        return { token, record: toRecord(rows[0]) };
      } catch (error) {
        // 48 random bits of prefix: a collision is rare; try another token rather than fail.
        if ((error as { code?: string }).code !== '23505' || attempt >= 3) throw error;
      }
    }
  }

  async verify(token: string, now: Date = new Date()): Promise<ApiTokenVerification> {
    if (!tokenPattern.test(token)) return { ok: false, reason: 'malformed' };
    const rows: TokenRow[] = await this.db.query(`select ${columns}, hash from auth.api_token where prefix = $1`, [token.slice(0, prefixLength)]);
    const row = rows[0];
    const matches = await isSecretMatching(token, row?.hash ?? (await this.decoy));
    if (!row || !matches) return { ok: false, reason: 'unknown' };
    if (row.revoked_at) return { ok: false, reason: 'revoked', record: toRecord(row) };
    if (row.expires_at && row.expires_at <= now) return { ok: false, reason: 'expired', record: toRecord(row) };
    await this.db.query(
      `update auth.api_token set last_used_at = $2 where id = $1 and (last_used_at is null or last_used_at < $2::timestamptz - interval '1 minute')`,
      [row.id, now],
    );
    const record = toRecord(row);
    return {
      ok: true,
      record,
      principal: { kind: 'token', id: record.id, name: record.name, tenants: [{ tenantId: record.tenantId, roles: [record.role] }] },
    };
  }

  /** Revokes a token of the tenant; false when there is none (or it was already revoked). */
  async revoke(tenantId: string, id: string, now: Date = new Date()): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, affected]: [unknown[], number] = await this.db.query(
      `update auth.api_token set revoked_at = $3 where tenant_id = $1 and id = $2 and revoked_at is null`,
      [tenantId, id, now],
    );
    return affected > 0;
  }

  /**
   * A page of the tokens `where` allows (accessibleWhere with `tenantId` mapped to `t.tenant_id`),
   * newest first, and how many there are.
   */
  async page(where: { sql: string; params: Record<string, unknown> }, page: { offset: number; limit: number }): Promise<[ApiTokenRecord[], number]> {
    const query = this.db.createQueryBuilder().from('auth.api_token', 't').where(where.sql, where.params);
    const total = await query.clone().select('count(*)::int', 'count').getRawOne<{ count: number }>();
    const rows: TokenRow[] = await query
      .select(columns.split(', ').map((column) => `t.${column}`).join(', '))
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawMany();
    return [rows.map(toRecord), total?.count ?? 0];
  }

  async list(tenantId: string): Promise<ApiTokenRecord[]> {
    const rows: TokenRow[] = await this.db.query(`select ${columns} from auth.api_token where tenant_id = $1 order by created_at desc, id`, [tenantId]);
    return rows.map(toRecord);
  }
}

function toRecord(row: TokenRow): ApiTokenRecord {
  if (!isRole(row.role)) throw new Error(`auth.api_token ${row.id}: unknown role ${row.role}`);
  return {
    id: row.id,
    tenantId: row.tenant_id,
    role: row.role,
    name: row.name,
    prefix: row.prefix,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}
