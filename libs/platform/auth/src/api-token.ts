import type { Role } from './role';

/** What is stored and listed about a token; never the token, never its hash. */
export interface ApiTokenRecord {
  id: string;
  tenantId: string;
  role: Role;
  name: string;
  /** The token's first characters, to recognise it in lists and logs. */
  prefix: string;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface CreateApiTokenInput {
  tenantId: string;
  role: Role;
  name: string;
  expiresAt?: Date | null;
  createdBy?: string;
}

export type ApiTokenRejection = 'malformed' | 'unknown' | 'revoked' | 'expired';
