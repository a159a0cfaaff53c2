import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Principal } from './principal';
import type { Role } from './role';
import { RoleAssignmentService } from './role-assignment.service';
import { hashSecret, isSecretMatching, passwordCost } from './scrypt-hash.util';

export interface BootstrapAdminOptions {
  /** The tenant the admin administers (the embedded default's `default` tenant). */
  tenantId: string;
  login?: string;
  roles?: Role[];
}

export interface BootstrapAdminResult {
  created: boolean;
  login: string;
  /** Only when created: print it once, never log or store it. */
  password?: string;
}

/** Local accounts with scrypt-hashed passwords, for the embedded default and break-glass access. */
export class LocalUserService {
  private readonly decoy = hashSecret(randomBytes(24).toString('base64url'), passwordCost);

  constructor(private readonly db: DataSource) {}

  /**
   * Creates the bootstrap admin on first start with a random password; later starts (or a
   * concurrent instance that lost the race) find it and return no password.
   */
  async ensureBootstrapAdmin(options: BootstrapAdminOptions): Promise<BootstrapAdminResult> {
    const login = options.login ?? 'admin';
    const password = randomPassword();
    const passwordHash = await hashSecret(password, passwordCost);
    return this.db.transaction(async (manager) => {
      const inserted: Array<{ id: string }> = await manager.query(
        `insert into auth.local_user (login, name, password_hash) values ($1, $2, $3) on conflict (login) do nothing returning id`,
        [login, 'Bootstrap administrator', passwordHash],
      );
      if (inserted.length === 0) return { created: false, login };
      const assignments = new RoleAssignmentService(manager);
      for (const role of options.roles ?? ['admin']) await assignments.grant('user', inserted[0].id, options.tenantId, role, 'bootstrap');
      return { created: true, login, password };
    });
  }

  /** Creates a local user with a random password (returned once); null when the login is taken. */
  async create(login: string, name: string): Promise<{ id: string; password: string } | null> {
    const password = randomPassword();
    const rows: Array<{ id: string }> = await this.db.query(
      `insert into auth.local_user (login, name, password_hash) values ($1, $2, $3) on conflict (login) do nothing returning id`,
      [login, name, await hashSecret(password, passwordCost)],
    );
    return rows[0] ? { id: rows[0].id, password } : null;
  }

  /**
   * Gives a local user a new random password (returned once) and ends their sessions; null when
   * there is no such user. For a lost bootstrap password, run by the operator.
   */
  async resetPassword(login: string): Promise<{ id: string; password: string } | null> {
    const password = randomPassword();
    const passwordHash = await hashSecret(password, passwordCost);
    return this.db.transaction(async (manager) => {
      const [rows]: [Array<{ id: string }>, number] = await manager.query(
        `update auth.local_user set password_hash = $2, disabled_at = null where login = $1 returning id`,
        [login, passwordHash],
      );
      if (!rows[0]) return null;
      await manager.query(`delete from auth.session where user_id = $1`, [rows[0].id]);
      return { id: rows[0].id, password };
    });
  }

  /** The principal for a login and password, or null; unknown logins cost as much as wrong passwords. */
  async authenticate(login: string, password: string): Promise<Principal | null> {
    const rows: Array<{ id: string; name: string; password_hash: string; disabled_at: Date | null }> = await this.db.query(
      `select id, name, password_hash, disabled_at from auth.local_user where login = $1`,
      [login],
    );
    const user = rows[0];
    const matches = await isSecretMatching(password, user?.password_hash ?? (await this.decoy));
    if (!user || !matches || user.disabled_at) return null;
    return new RoleAssignmentService(this.db).principalOf('user', user.id, user.name);
  }
}

/** 144 random bits as 24 URL-safe characters: shown once, never stored in clear. */
function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}
