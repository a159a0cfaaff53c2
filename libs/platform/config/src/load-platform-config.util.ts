import { ConfigError } from './config-error';
import { platformEnvironmentSchema, subgraphUrlPattern, subgraphUrlSchema } from './platform-config.schema';
import type { PlatformEnvironment } from './platform-config.schema';

export interface PlatformConfig {
  databaseUrl?: string;
  port: number;
  host: string;
  logLevel: PlatformEnvironment['SIGHTLINE_LOG_LEVEL'];
  dataDir: string;
  environment: PlatformEnvironment['SIGHTLINE_ENV'];
  /** Key that seals stored credentials; when absent a key file in the data directory is used. */
  secretKey?: string;
  /** Subgraph name (lower case) → URL, for subgraphs that run as separate HTTP services. */
  subgraphUrls: Record<string, string>;
  /** Ed25519 key that signs audit checkpoints; when absent a key file in the data directory is used. */
  auditSigningKey?: string;
  /** Public keys of earlier signing keys (base64 SPKI DER), still trusted when verifying old checkpoints. */
  auditTrustedKeys: string[];
  /** Bearer JWTs are accepted when an issuer is configured. */
  oidc?: OidcConfig;
  /** Express `trust proxy`: which proxies' X-Forwarded-For names the client (audit origin, login throttling). */
  trustProxy?: string | number;
  /** Bearer token `/metrics` asks for; without one, `/metrics` answers loopback clients only. */
  metricsToken?: string;
  /** Time one GraphQL operation may run before it is aborted (default: graphqlLimits.queryTimeBudgetMs). */
  queryTimeBudgetMs?: number;
  /**
   * Hosts, addresses and CIDRs that Odoo sources may point at although they are loopback, private,
   * link-local or metadata addresses (refused otherwise).
   */
  odooAllowedHosts: string[];
}

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  tenantsClaim: string;
  rolesClaim: string;
  /** IdP role/group name → Sightline role; when set, only names listed count. */
  roleMapping?: Record<string, string>;
}

/** Values never repeated in error messages. */
const secretVariables = new Set(['SIGHTLINE_SECRET_KEY', 'SIGHTLINE_AUDIT_SIGNING_KEY', 'DATABASE_URL', 'SIGHTLINE_METRICS_TOKEN']);

const knownVariables = new Set(Object.keys(platformEnvironmentSchema.shape));

/**
 * Reads and validates Sightline's environment. Throws a ConfigError naming the first bad variable:
 * a value that does not parse, or a SIGHTLINE_* name that Sightline does not know (a typo would
 * otherwise be silently ignored).
 */
export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  rejectUnknownVariables(env);
  const parsed = platformEnvironmentSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0]);
    const shown = secretVariables.has(variable) ? '' : ` (got ${JSON.stringify(env[variable])})`;
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  const values = parsed.data;
  return {
    databaseUrl: values.DATABASE_URL,
    port: values.SIGHTLINE_PORT,
    host: values.SIGHTLINE_HOST,
    logLevel: values.SIGHTLINE_LOG_LEVEL,
    dataDir: values.SIGHTLINE_DATA_DIR,
    environment: values.SIGHTLINE_ENV,
    secretKey: values.SIGHTLINE_SECRET_KEY,
    subgraphUrls: readSubgraphUrls(env),
    auditSigningKey: values.SIGHTLINE_AUDIT_SIGNING_KEY,
    auditTrustedKeys: (values.SIGHTLINE_AUDIT_TRUSTED_KEYS ?? '').split(',').map((key) => key.trim()).filter(Boolean),
    oidc: readOidc(values),
    metricsToken: values.SIGHTLINE_METRICS_TOKEN,
    queryTimeBudgetMs: values.SIGHTLINE_QUERY_TIME_BUDGET_MS,
    odooAllowedHosts: (values.SIGHTLINE_ODOO_ALLOWED_HOSTS ?? '').split(',').map((host) => host.trim()).filter(Boolean),
    trustProxy: values.SIGHTLINE_TRUST_PROXY === undefined ? undefined : /^\d+$/.test(values.SIGHTLINE_TRUST_PROXY) ? Number(values.SIGHTLINE_TRUST_PROXY) : values.SIGHTLINE_TRUST_PROXY,
  };
}

function readOidc(values: PlatformEnvironment): OidcConfig | undefined {
  const issuer = values.SIGHTLINE_OIDC_ISSUER;
  if (!issuer) {
    const stray = (['SIGHTLINE_OIDC_AUDIENCE', 'SIGHTLINE_OIDC_JWKS_URL', 'SIGHTLINE_OIDC_ROLE_MAPPING'] as const).find((name) => values[name] !== undefined);
    if (stray) throw new ConfigError(stray, 'is set but SIGHTLINE_OIDC_ISSUER is not');
    return undefined;
  }
  if (!values.SIGHTLINE_OIDC_AUDIENCE) throw new ConfigError('SIGHTLINE_OIDC_AUDIENCE', 'is required with SIGHTLINE_OIDC_ISSUER');
  if (!values.SIGHTLINE_OIDC_JWKS_URL) throw new ConfigError('SIGHTLINE_OIDC_JWKS_URL', "is required with SIGHTLINE_OIDC_ISSUER (the issuer's jwks_uri)");
  return {
    issuer,
    audience: values.SIGHTLINE_OIDC_AUDIENCE,
    jwksUrl: values.SIGHTLINE_OIDC_JWKS_URL,
    tenantsClaim: values.SIGHTLINE_OIDC_TENANTS_CLAIM,
    rolesClaim: values.SIGHTLINE_OIDC_ROLES_CLAIM,
    roleMapping: values.SIGHTLINE_OIDC_ROLE_MAPPING ? parseRoleMapping(values.SIGHTLINE_OIDC_ROLE_MAPPING) : undefined,
  };
}

function parseRoleMapping(text: string): Record<string, string> {
  return Object.fromEntries(text.split(',').map((pair) => pair.split('=').map((part) => part.trim()) as [string, string]));
}

function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

function rejectUnknownVariables(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(env)) {
    if (!name.startsWith('SIGHTLINE_') || knownVariables.has(name) || subgraphUrlPattern.test(name)) continue;
    throw new ConfigError(name, `unknown setting; known ones are ${[...knownVariables].join(', ')} and SIGHTLINE_SUBGRAPH_<NAME>_URL`);
  }
}

function readSubgraphUrls(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = subgraphUrlPattern.exec(name);
    if (!match || !value) continue;
    const parsed = subgraphUrlSchema.safeParse(value);
    if (!parsed.success) throw new ConfigError(name, `${parsed.error.issues[0].message} (got ${JSON.stringify(value)})`);
    urls[match[1].toLowerCase()] = parsed.data;
  }
  return urls;
}
