import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Principal } from './principal';
import { RoleAssignmentService } from './role-assignment.service';

export interface SessionOptions {
  /** Idle sessions end after this long (default 8 hours); each use within it extends it. */
  idleTimeoutMs?: number;
  /** No session lives longer than this (default 24 hours). */
  absoluteTimeoutMs?: number;
}

const sessionPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * Sessions of local users for the admin UI: a random 256-bit id held by the browser in an httpOnly
 * cookie, stored only as its SHA-256, with an idle and an absolute timeout.
 */
export class SessionService {
  private readonly idleMs: number;
  private readonly absoluteMs: number;

  constructor(
    private readonly db: DataSource,
    options: SessionOptions = {},
  ) {
    this.idleMs = options.idleTimeoutMs ?? 8 * 3600_000;
    this.absoluteMs = options.absoluteTimeoutMs ?? 24 * 3600_000;
  }

  get maxAgeMs(): number {
    return this.absoluteMs;
  }

  async open(userId: string, origin: { ip?: string; userAgent?: string } = {}, now: Date = new Date()): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.db.query(
      `insert into auth.session (id_hash, user_id, created_at, expires_at, last_seen_at, ip, user_agent) values ($1, $2, $3, $4, $3, $5, $6)`,
      [digest(id), userId, now, new Date(now.getTime() + this.absoluteMs), origin.ip ?? null, origin.userAgent?.slice(0, 300) ?? null],
    );
    return id;
  }

  /** The session's principal, or null when the id is unknown, expired, idle too long or its user disabled. */
  async resolve(id: string, now: Date = new Date()): Promise<Principal | null> {
    if (!sessionPattern.test(id)) return null;
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows]: [Array<{ user_id: string; name: string }>, number] = await this.db.query(
      `update auth.session s set last_seen_at = $2
       from auth.local_user u
       where s.id_hash = $1 and u.id = s.user_id and u.disabled_at is null
         and s.expires_at > $2 and s.last_seen_at > $2::timestamptz - make_interval(secs => $3)
       returning s.user_id, u.name`,
      [digest(id), now, this.idleMs / 1000],
    );
    const row = rows[0];
    return row ? new RoleAssignmentService(this.db).principalOf('user', row.user_id, row.name) : null;
  }

  async close(id: string): Promise<void> {
    if (sessionPattern.test(id)) await this.db.query(`delete from auth.session where id_hash = $1`, [digest(id)]);
  }

  /** Deletes expired sessions; returns how many. */
  async purgeExpired(now: Date = new Date()): Promise<number> {
    const [, affected]: [unknown[], number] = await this.db.query(
      `delete from auth.session where expires_at <= $1 or last_seen_at <= $1::timestamptz - make_interval(secs => $2)`,
      [now, this.idleMs / 1000],
    );
    return affected;
  }
}

function digest(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
