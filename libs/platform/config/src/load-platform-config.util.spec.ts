import { ConfigError } from './config-error';
import { loadPlatformConfig } from './load-platform-config.util';

describe('loadPlatformConfig', () => {
  it('applies defaults when nothing is set', () => {
    expect(loadPlatformConfig({})).toEqual({
      databaseUrl: undefined,
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      dataDir: '.sightline',
      environment: 'development',
      secretKey: undefined,
      subgraphUrls: {},
      auditTrustedKeys: [],
      odooAllowedHosts: [],
    });
  });

  it('reads the hosts Odoo sources may reach although they are loopback or private, and refuses malformed ones', () => {
    expect(loadPlatformConfig({ SIGHTLINE_ODOO_ALLOWED_HOSTS: '127.0.0.1, odoo.internal,10.20.0.0/16,[fd00::5],fd00::/8' }).odooAllowedHosts)
      .toEqual(['127.0.0.1', 'odoo.internal', '10.20.0.0/16', '[fd00::5]', 'fd00::/8']);
    expect(() => loadPlatformConfig({ SIGHTLINE_ODOO_ALLOWED_HOSTS: 'http://odoo.internal' })).toThrow(/^SIGHTLINE_ODOO_ALLOWED_HOSTS: expected host names, addresses or CIDRs/);
    expect(() => loadPlatformConfig({ SIGHTLINE_ODOO_ALLOWED_HOSTS: '10.0.0.0/33' })).toThrow(/SIGHTLINE_ODOO_ALLOWED_HOSTS/);
    expect(() => loadPlatformConfig({ SIGHTLINE_ODOO_ALLOWED_HOSTS: 'a,,b' })).toThrow(/SIGHTLINE_ODOO_ALLOWED_HOSTS/);
  });

  it('reads the OIDC settings together, and refuses a partial or stray one naming the variable', () => {
    const oidc = {
      SIGHTLINE_OIDC_ISSUER: 'https://idp.example.com/realms/acme',
      SIGHTLINE_OIDC_AUDIENCE: 'sightline',
      SIGHTLINE_OIDC_JWKS_URL: 'https://idp.example.com/realms/acme/certs',
      SIGHTLINE_OIDC_ROLE_MAPPING: 'dpo = privacy-officer, it-audit=auditor',
    };
    expect(loadPlatformConfig(oidc).oidc).toEqual({
      issuer: oidc.SIGHTLINE_OIDC_ISSUER, audience: 'sightline', jwksUrl: oidc.SIGHTLINE_OIDC_JWKS_URL,
      tenantsClaim: 'sightline_tenants', rolesClaim: 'sightline_roles', roleMapping: { dpo: 'privacy-officer', 'it-audit': 'auditor' },
    });
    expect(() => loadPlatformConfig({ ...oidc, SIGHTLINE_OIDC_AUDIENCE: '' })).toThrow('SIGHTLINE_OIDC_AUDIENCE: is required with SIGHTLINE_OIDC_ISSUER');
    expect(() => loadPlatformConfig({ SIGHTLINE_OIDC_AUDIENCE: 'sightline' })).toThrow('SIGHTLINE_OIDC_AUDIENCE: is set but SIGHTLINE_OIDC_ISSUER is not');
    expect(() => loadPlatformConfig({ ...oidc, SIGHTLINE_OIDC_ROLE_MAPPING: 'dpo' })).toThrow(/SIGHTLINE_OIDC_ROLE_MAPPING: expected idp-name=role pairs/);
  });

  it('reads which proxies to trust for the client address', () => {
    expect(loadPlatformConfig({ SIGHTLINE_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadPlatformConfig({ SIGHTLINE_TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadPlatformConfig({ SIGHTLINE_TRUST_PROXY: '10.0.0.0/8, 192.168.1.2' }).trustProxy).toBe('10.0.0.0/8, 192.168.1.2');
    expect(() => loadPlatformConfig({ SIGHTLINE_TRUST_PROXY: 'everyone' })).toThrow(/SIGHTLINE_TRUST_PROXY/);
    expect(loadPlatformConfig({ SIGHTLINE_QUERY_TIME_BUDGET_MS: '5000' }).queryTimeBudgetMs).toBe(5000);
    expect(() => loadPlatformConfig({ SIGHTLINE_QUERY_TIME_BUDGET_MS: '0' })).toThrow(/SIGHTLINE_QUERY_TIME_BUDGET_MS/);
    expect(loadPlatformConfig({ SIGHTLINE_METRICS_TOKEN: 'a'.repeat(32) }).metricsToken).toBe('a'.repeat(32));
    expect(() => loadPlatformConfig({ SIGHTLINE_METRICS_TOKEN: 'short' })).toThrow(/^SIGHTLINE_METRICS_TOKEN: expected a random token of at least 16 characters \(openssl rand -hex 32\)$/);
  });

  it('splits the trusted audit keys and refuses malformed ones', () => {
    expect(loadPlatformConfig({ SIGHTLINE_AUDIT_TRUSTED_KEYS: 'AAAA, BBBB' }).auditTrustedKeys).toEqual(['AAAA', 'BBBB']);
    expect(() => loadPlatformConfig({ SIGHTLINE_AUDIT_TRUSTED_KEYS: 'not a key!' })).toThrow(/SIGHTLINE_AUDIT_TRUSTED_KEYS/);
  });

  it('reads every variable and the per-subgraph URLs', () => {
    const config = loadPlatformConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sightline',
      SIGHTLINE_PORT: '4100',
      SIGHTLINE_HOST: '0.0.0.0',
      SIGHTLINE_LOG_LEVEL: 'debug',
      SIGHTLINE_ENV: 'production',
      SIGHTLINE_SUBGRAPH_INVENTORY_URL: 'http://inventory:4001/graphql',
    });
    expect(config).toMatchObject({ port: 4100, host: '0.0.0.0', logLevel: 'debug', environment: 'production' });
    expect(config.subgraphUrls).toEqual({ inventory: 'http://inventory:4001/graphql' });
  });

  it.each([
    [{ SIGHTLINE_PORT: 'abc' }, 'SIGHTLINE_PORT: expected a port number (got "abc")'],
    [{ SIGHTLINE_PORT: '70000' }, 'SIGHTLINE_PORT: expected a port between 0 and 65535 (got "70000")'],
    [{ SIGHTLINE_LOG_LEVEL: 'loud' }, 'SIGHTLINE_LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL: expected a postgres:// or postgresql:// URL'],
    [{ SIGHTLINE_SUBGRAPH_INVENTORY_URL: 'inventory:4001' }, 'SIGHTLINE_SUBGRAPH_INVENTORY_URL: expected an http:// or https:// URL (got "inventory:4001")'],
  ])('rejects %j with one line naming the variable', (env, message) => {
    expect(() => loadPlatformConfig(env)).toThrow(ConfigError);
    expect(() => loadPlatformConfig(env)).toThrow(message);
  });

  it('never echoes a bad secret key', () => {
    expect(() => loadPlatformConfig({ SIGHTLINE_SECRET_KEY: 'hunter2' })).toThrow(/^SIGHTLINE_SECRET_KEY: expected the base64 of 32 random bytes/);
    expect(() => loadPlatformConfig({ SIGHTLINE_SECRET_KEY: 'hunter2' })).not.toThrow(/hunter2/);
  });

  it('rejects an unknown SIGHTLINE_ variable instead of ignoring a typo', () => {
    expect(() => loadPlatformConfig({ SIGHTLINE_PROT: '4000' })).toThrow(/^SIGHTLINE_PROT: unknown setting/);
  });

  it('ignores empty values and variables of other programs', () => {
    expect(loadPlatformConfig({ SIGHTLINE_PORT: '', PATH: '/usr/bin' }).port).toBe(4000);
  });
});
