import { OdooAddressRefusedError } from '../errors/odoo-address-refused.error';
import { startOdooTestServer, type OdooTestServer } from '../testing';
import { clientOf } from '../testing/client-of.test-util';
import { HrTrees, READ_TREES_TIMEOUT_MS } from '../testing/hr-trees.test-util';
import { PROTOCOL_MATRIX } from '../testing/protocol-matrix.test-util';
import { isNonPublicAddress, OdooAddressPolicy } from './odoo-address-policy';

describe('OdooAddressPolicy', () => {
  it.each([
    '127.0.0.1', '127.9.9.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.100.100.200',
    '0.0.0.0', '168.63.129.16', '224.0.0.1', '::1', '::', 'fe80::1', 'fd00:ec2::254', 'fc00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1',
  ])('refuses %s by default', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
    expect(new OdooAddressPolicy().allows('erp.example.com', address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111'])('allows the public address %s', (address) => {
    expect(new OdooAddressPolicy().allows('erp.example.com', address)).toBe(true);
  });

  it('allows what the operator lists: host names, addresses and CIDRs', () => {
    const policy = new OdooAddressPolicy(['odoo.internal', '127.0.0.1', '10.20.0.0/16', '[fd00::5]']);
    expect(policy.allows('ODOO.internal', '10.9.9.9')).toBe(true);
    expect(policy.allows('x', '127.0.0.1')).toBe(true);
    expect(policy.allows('x', '127.0.0.2')).toBe(false);
    expect(policy.allows('x', '10.20.3.4')).toBe(true);
    expect(policy.allows('x', '10.21.3.4')).toBe(false);
    expect(policy.allows('x', 'fd00::5')).toBe(true);
    expect(policy.allows('x', '169.254.169.254')).toBe(false);
  });

  it('refuses malformed CIDRs', () => {
    expect(() => new OdooAddressPolicy(['10.0.0.0/33'])).toThrow('not a CIDR');
    expect(() => new OdooAddressPolicy(['erp.example.com/8'])).toThrow('not a CIDR');
  });
});

const trees = new HrTrees();
beforeAll(() => trees.read(), READ_TREES_TIMEOUT_MS);

describe.each(PROTOCOL_MATRIX)('a client with an address policy over %s (Odoo %s)', (protocol, version) => {
  let server: OdooTestServer;
  beforeEach(async () => {
    server = await startOdooTestServer({ snapshot: trees.snapshot(version) });
  });
  afterEach(() => server.close());

  it('refuses the loopback server before sending anything', async () => {
    const client = clientOf(server, protocol, { addressPolicy: new OdooAddressPolicy(), retry: { attempts: 1 } });
    const error = await client.searchCount('res.users').then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(OdooAddressRefusedError);
    expect(server.callsOf('search_count', 'res.users')).toHaveLength(0);
  });

  it('refuses "localhost" (a name resolving to loopback) too', async () => {
    const client = clientOf(server, protocol, { url: server.url.replace('127.0.0.1', 'localhost'), addressPolicy: new OdooAddressPolicy(), retry: { attempts: 1 } });
    await expect(client.searchCount('res.users')).rejects.toBeInstanceOf(OdooAddressRefusedError);
  });

  it('reads through the pinned address when the operator allows it', async () => {
    const client = clientOf(server, protocol, { url: server.url.replace('127.0.0.1', 'localhost'), addressPolicy: new OdooAddressPolicy(['127.0.0.1', '::1']) });
    await expect(client.searchCount('res.users')).resolves.toBeGreaterThan(0);
  });
});
