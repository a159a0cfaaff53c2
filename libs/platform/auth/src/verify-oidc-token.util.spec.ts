import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CryptoKey, JSONWebKeySet, JWTPayload } from 'jose' with { 'resolution-mode': 'import' };
import type { OidcVerificationOptions } from './oidc-verification-options';
import { OidcTokenError } from './oidc-token-error';
import type { OidcTokenErrorCode } from './oidc-token-error';
import { verifyOidcToken } from './verify-oidc-token.util';

type Jose = typeof import('jose', { with: { 'resolution-mode': 'import' } });

describe('verifyOidcToken', () => {
  const issuer = 'https://idp.example.test/realms/sightline';
  const audience = 'sightline-api';
  const tenantA = '11111111-1111-4111-8111-111111111111';
  const tenantB = '22222222-2222-4222-8222-222222222222';
  let jose: Jose;
  let signingKey: CryptoKey;
  let strangerKey: CryptoKey;
  let jwks: JSONWebKeySet;
  let options: OidcVerificationOptions;

  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (extra: JWTPayload = {}): JWTPayload => ({
    iss: issuer, aud: audience, sub: 'sub-1', name: 'Ada Reviewer', email: 'ada@example.test', iat: now(), exp: now() + 300,
    sightline_tenants: [tenantA], roles: ['reviewer', 'superuser'], ...extra,
  });
  const sign = (payload: JWTPayload, key: CryptoKey = signingKey, header: { alg: string; kid?: string } = { alg: 'ES256', kid: 'k1' }) =>
    new jose.SignJWT(payload).setProtectedHeader(header).sign(key);
  const rejection = async (jwt: string, overrides: Partial<OidcVerificationOptions> = {}): Promise<OidcTokenErrorCode> => {
    const error = await verifyOidcToken(jwt, { ...options, ...overrides }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(OidcTokenError);
    const rejected = error as OidcTokenError;
    // Nothing of the token, or of what it says, leaves through the error.
    const visible = [rejected.message, rejected.stack ?? '', JSON.stringify(rejected), String(rejected.cause)].join('\n');
    for (const part of jwt.split('.').filter((p) => p.length > 8)) expect(visible).not.toContain(part);
    expect(visible).not.toContain('ada@example.test');
    expect(rejected.cause).toBeUndefined();
    return rejected.code;
  };

  beforeAll(async () => {
    jose = await import('jose');
    ({ privateKey: signingKey } = await generateInto('k1'));
    ({ privateKey: strangerKey } = await jose.generateKeyPair('ES256'));
  });

  async function generateInto(kid: string) {
    const pair = await jose.generateKeyPair('ES256');
    jwks = { keys: [{ ...(await jose.exportJWK(pair.publicKey)), kid, alg: 'ES256', use: 'sig' }] };
    options = { issuer, audience, jwks, claimMapping: { tenantsClaim: 'sightline_tenants', rolesClaim: 'roles' } };
    return pair;
  }

  it('turns a valid token into a principal with its tenants and known roles (unknown roles dropped)', async () => {
    const principal = await verifyOidcToken(await sign(claims({ sightline_tenants: [tenantA, tenantB] })), options);
    expect(principal).toEqual({
      kind: 'oidc', id: 'sub-1', name: 'Ada Reviewer',
      tenants: [{ tenantId: tenantA, roles: ['reviewer'] }, { tenantId: tenantB, roles: ['reviewer'] }],
    });
  });

  it('reads per-tenant roles from an object claim and nested claims by path', async () => {
    const token = await sign(claims({ access: { tenants: { [tenantA]: ['auditor', 'viewer'], [tenantB]: 'root' } }, name: undefined, preferred_username: 'ada' }));
    const principal = await verifyOidcToken(token, { ...options, claimMapping: { tenantsClaim: ['access', 'tenants'] } });
    expect(principal).toEqual({ kind: 'oidc', id: 'sub-1', name: 'ada', tenants: [{ tenantId: tenantA, roles: ['auditor', 'viewer'] }] });
  });

  it('maps IdP group names through roleMapping, and then ignores raw role names', async () => {
    const token = await sign(claims({ groups: ['sightline-auditors', 'admin', 'toString'] }));
    const claimMapping = { tenantsClaim: 'sightline_tenants', rolesClaim: 'groups', roleMapping: { 'sightline-auditors': 'auditor' as const } };
    expect((await verifyOidcToken(token, { ...options, claimMapping })).tenants).toEqual([{ tenantId: tenantA, roles: ['auditor'] }]);
  });

  it('accepts a token shortly expired within the clock tolerance only', async () => {
    const token = await sign(claims({ exp: now() - 10 }));
    expect(await rejection(token)).toBe('expired');
    expect((await verifyOidcToken(token, { ...options, clockToleranceSec: 60 })).id).toBe('sub-1');
  });

  it.each<[string, () => Promise<string>, OidcTokenErrorCode]>([
    ['wrong issuer', () => sign(claims({ iss: 'https://evil.example.test' })), 'wrong-issuer'],
    ['wrong audience', () => sign(claims({ aud: 'another-api' })), 'wrong-audience'],
    ['expired', () => sign(claims({ iat: now() - 7200, exp: now() - 3600 })), 'expired'],
    ['not yet valid', () => sign(claims({ nbf: now() + 3600 })), 'not-yet-valid'],
    ['without expiry', () => sign(claims({ exp: undefined })), 'invalid-claims'],
    ['without subject', () => sign(claims({ sub: undefined })), 'invalid-claims'],
    ['signed by another key under the same kid', () => sign(claims(), strangerKey), 'invalid-signature'],
    ['signed by a key the issuer does not publish', () => sign(claims(), strangerKey, { alg: 'ES256', kid: 'k9' }), 'unknown-key'],
    ['unsigned (alg: none)', async () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`, 'algorithm-not-allowed'],
    ['HS256 with a shared secret', () => sign(claims(), new TextEncoder().encode('s'.repeat(32)) as never, { alg: 'HS256', kid: 'k1' }), 'algorithm-not-allowed'],
    ['HS256 keyed with the public JWK (key confusion)', () => sign(claims(), new TextEncoder().encode(JSON.stringify(jwks.keys[0])) as never, { alg: 'HS256', kid: 'k1' }), 'algorithm-not-allowed'],
    ['garbage', async () => 'not.a.jwt-at-all', 'malformed'],
  ])('rejects a token %s', async (_label, token, code) => {
    expect(await rejection(await token())).toBe(code);
  });

  it('rejects an empty or oversized token before parsing it', async () => {
    expect(await rejection('')).toBe('malformed');
    expect(await rejection('a'.repeat(17_000))).toBe('malformed');
  });

  it('can narrow the algorithms, but never to symmetric ones or none', async () => {
    const token = await sign(claims());
    expect(await rejection(token, { algorithms: ['RS256'] })).toBe('algorithm-not-allowed');
    expect((await verifyOidcToken(token, { ...options, algorithms: ['ES256'] })).id).toBe('sub-1');
    expect(await rejection(token, { algorithms: ['HS256'] })).toBe('misconfigured');
    expect(await rejection(token, { algorithms: ['none'] })).toBe('misconfigured');
    expect(await rejection(token, { algorithms: [] })).toBe('misconfigured');
  });

  describe('with a remote JWKS', () => {
    let server: Server;
    let url: URL;

    beforeAll(async () => {
      server = createServer((request, response) => {
        response.writeHead(request.url === '/jwks' ? 200 : 404, { 'content-type': 'application/json' });
        response.end(request.url === '/jwks' ? JSON.stringify(jwks) : '{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`);
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches the keys from the endpoint', async () => {
      expect((await verifyOidcToken(await sign(claims()), { ...options, jwks: url })).tenants).toEqual([{ tenantId: tenantA, roles: ['reviewer'] }]);
    });

    it('refuses a plain-http endpoint off loopback and reports an unreachable one', async () => {
      const token = await sign(claims());
      expect(await rejection(token, { jwks: new URL('http://idp.example.test/jwks') })).toBe('misconfigured');
      expect(await rejection(token, { jwks: new URL(`${url.origin}/missing`) })).toBe('jwks-unavailable');
    });
  });
});
