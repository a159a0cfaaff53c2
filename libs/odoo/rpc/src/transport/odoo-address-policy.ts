import { BlockList, isIP } from 'node:net';

/**
 * Which addresses a server-side Odoo connection may reach. Loopback, private, link-local,
 * carrier-grade NAT, multicast, reserved and cloud metadata addresses are refused unless the
 * operator allows them (SIGHTLINE_ODOO_ALLOWED_HOSTS: host names, addresses or CIDRs).
 */
export class OdooAddressPolicy {
  readonly #allowedNames: ReadonlySet<string>;
  readonly #allowedRanges = new BlockList();

  /** `allowed`: host names (exact, case-insensitive), IP addresses or CIDRs; throws on a malformed CIDR. */
  constructor(allowed: readonly string[] = []) {
    const names = new Set<string>();
    for (const raw of allowed) {
      const entry = raw.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
      if (!entry) continue;
      const [address, bits, extra] = entry.split('/');
      const family = isIP(address);
      if (family === 0) {
        if (bits !== undefined) throw new TypeError(`not a CIDR: ${raw}`);
        names.add(entry);
        continue;
      }
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) {
        this.#allowedRanges.addAddress(address, type);
        continue;
      }
      const prefix = Number(bits);
      if (extra !== undefined || !/^\d{1,3}$/.test(bits) || prefix > (family === 4 ? 32 : 128)) throw new TypeError(`not a CIDR: ${raw}`);
      this.#allowedRanges.addSubnet(address, prefix, type);
    }
    this.#allowedNames = names;
  }

  /** A policy that allows every address (the command line's own syncs, tests of the client). */
  static allowAll(): OdooAddressPolicy {
    return new OdooAddressPolicy(['0.0.0.0/0', '::/0']);
  }

  /** Whether the operator allowed this host name (or literal address) outright. */
  allowsHost(hostname: string): boolean {
    return this.#allowedNames.has(hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1'));
  }

  /** Whether a connection to `hostname` at `address` is allowed. */
  allows(hostname: string, address: string): boolean {
    if (this.allowsHost(hostname)) return true;
    const family = isIP(address);
    if (family === 0) return false;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (this.#allowedRanges.check(address, type)) return true;
    return !isNonPublicAddress(address);
  }
}

// Separate lists: Node's BlockList matches IPv4 addresses against IPv6 rules too (as ::ffff:a.b.c.d).
const nonPublicV4 = new BlockList();
const nonPublicV6 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) nonPublicV4.addSubnet(network, prefix, 'ipv4');
// Azure's wire server / metadata endpoint is a public address.
nonPublicV4.addAddress('168.63.129.16', 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['::ffff:0:0', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23],
  ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) nonPublicV6.addSubnet(network, prefix, 'ipv6');

/** Loopback, private, link-local, shared, documentation, multicast, reserved or a metadata service. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return isNonPublicAddress(mapped[1]);
    return nonPublicV6.check(address, 'ipv6');
  }
  return nonPublicV4.check(address, 'ipv4');
}
