import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = z.coerce
  .number({ invalid_type_error: 'expected a port number' })
  .int('expected a whole number')
  .min(0, 'expected a port between 0 and 65535')
  .max(65535, 'expected a port between 0 and 65535');

const postgresUrl = z
  .string()
  .url('expected a URL such as postgres://user@127.0.0.1:5432/sightline')
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'expected a postgres:// or postgresql:// URL');

const httpUrl = z
  .string()
  .url('expected an http(s) URL such as http://inventory:4001/graphql')
  .refine((v) => /^https?:\/\//.test(v), 'expected an http:// or https:// URL');

/** A host name, an IPv4/IPv6 address (IPv6 optionally in brackets) or a CIDR. */
const odooAllowedHostPattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*|\d{1,3}(?:\.\d{1,3}){3}(?:\/(?:[0-9]|[12][0-9]|3[0-2]))?|\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\]?(?:\/(?:[0-9]{1,2}|1[01][0-9]|12[0-8]))?)$/;

/** Every environment variable Sightline reads, with its default. */
export const platformEnvironmentSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  SIGHTLINE_PORT: port.default(4000),
  SIGHTLINE_HOST: z.string().min(1, 'expected a host name or address').default('127.0.0.1'),
  SIGHTLINE_LOG_LEVEL: z.enum(logLevels, { message: `expected one of ${logLevels.join(', ')}` }).default('info'),
  SIGHTLINE_DATA_DIR: z.string().min(1, 'expected a directory path').default('.sightline'),
  SIGHTLINE_SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'expected the base64 of 32 random bytes (openssl rand -base64 32)')
    .optional(),
  SIGHTLINE_AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  SIGHTLINE_AUDIT_TRUSTED_KEYS: z
    .string()
    .regex(/^\s*[A-Za-z0-9+/=]+\s*(,\s*[A-Za-z0-9+/=]+\s*)*$/, 'expected public keys as printed by `sightline audit public-key`, separated by commas')
    .optional(),
  SIGHTLINE_OIDC_ISSUER: httpUrl.optional(),
  SIGHTLINE_OIDC_AUDIENCE: z.string().min(1, 'expected the audience (client id) tokens are issued for').optional(),
  SIGHTLINE_OIDC_JWKS_URL: httpUrl.optional(),
  SIGHTLINE_OIDC_TENANTS_CLAIM: z.string().min(1).default('sightline_tenants'),
  SIGHTLINE_OIDC_ROLES_CLAIM: z.string().min(1).default('sightline_roles'),
  SIGHTLINE_OIDC_ROLE_MAPPING: z
    .string()
    .regex(/^\s*[^=,\s]+\s*=\s*[a-z-]+\s*(,\s*[^=,\s]+\s*=\s*[a-z-]+\s*)*$/, 'expected idp-name=role pairs separated by commas, e.g. dpo=privacy-officer,audit=auditor')
    .optional(),
  SIGHTLINE_TRUST_PROXY: z
    .string()
    .regex(/^(loopback|linklocal|uniquelocal|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'expected loopback, a hop count, or proxy addresses/CIDRs separated by commas')
    .optional(),
  SIGHTLINE_METRICS_TOKEN: z.string().min(16, 'expected a random token of at least 16 characters (openssl rand -hex 32)').optional(),
  SIGHTLINE_QUERY_TIME_BUDGET_MS: z.coerce
    .number({ invalid_type_error: 'expected milliseconds' })
    .int('expected a whole number of milliseconds')
    .min(1, 'expected at least 1 ms')
    .max(600_000, 'expected at most 600000 ms (10 minutes)')
    .optional(),
  SIGHTLINE_ODOO_ALLOWED_HOSTS: z
    .string()
    .refine(
      (v) => v.split(',').map((e) => e.trim()).every((entry) => odooAllowedHostPattern.test(entry)),
      'expected host names, addresses or CIDRs separated by commas, e.g. odoo.internal,10.20.0.0/16,127.0.0.1',
    )
    .optional(),
  SIGHTLINE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'expected development, production or test' })
    .default('development'),
});

export type PlatformEnvironment = z.infer<typeof platformEnvironmentSchema>;

export const subgraphUrlPattern = /^SIGHTLINE_SUBGRAPH_([A-Z0-9_]+)_URL$/;
export const subgraphUrlSchema = httpUrl;
