import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * SSRF guard: a webhook URL must not make this server call into its own network. Every address the
 * host resolves to is checked, because an attacker controls which one a client would pick.
 */

interface Range {
  rule: string;
  subnet: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

const RANGES: Range[] = [
  { rule: 'unspecified (0.0.0.0/8)', subnet: '0.0.0.0', prefix: 8, family: 'ipv4' },
  { rule: 'private (10.0.0.0/8)', subnet: '10.0.0.0', prefix: 8, family: 'ipv4' },
  { rule: 'carrier-grade NAT (100.64.0.0/10)', subnet: '100.64.0.0', prefix: 10, family: 'ipv4' },
  { rule: 'loopback (127.0.0.0/8)', subnet: '127.0.0.0', prefix: 8, family: 'ipv4' },
  { rule: 'link-local (169.254.0.0/16)', subnet: '169.254.0.0', prefix: 16, family: 'ipv4' },
  { rule: 'private (172.16.0.0/12)', subnet: '172.16.0.0', prefix: 12, family: 'ipv4' },
  { rule: 'private (192.168.0.0/16)', subnet: '192.168.0.0', prefix: 16, family: 'ipv4' },
  { rule: 'multicast (224.0.0.0/4)', subnet: '224.0.0.0', prefix: 4, family: 'ipv4' },
  { rule: 'reserved (240.0.0.0/4)', subnet: '240.0.0.0', prefix: 4, family: 'ipv4' },
  { rule: 'loopback (::1)', subnet: '::1', prefix: 128, family: 'ipv6' },
  { rule: 'unspecified or IPv4-compatible (::/96)', subnet: '::', prefix: 96, family: 'ipv6' },
  { rule: 'NAT64 (64:ff9b::/96)', subnet: '64:ff9b::', prefix: 96, family: 'ipv6' },
  { rule: 'unique-local (fc00::/7)', subnet: 'fc00::', prefix: 7, family: 'ipv6' },
  { rule: 'link-local (fe80::/10)', subnet: 'fe80::', prefix: 10, family: 'ipv6' },
  { rule: 'multicast (ff00::/8)', subnet: 'ff00::', prefix: 8, family: 'ipv6' },
];

const LISTS = RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.subnet, range.prefix, range.family);
  return { ...range, list };
});

/** `::ffff:10.0.0.1` and `::ffff:a00:1` reach the IPv4 host; judge them as IPv4. */
function embeddedIpv4(address: string): string | null {
  const m = /^::ffff:(?:0:)?(.+)$/i.exec(address);
  if (!m) return null;
  if (isIP(m[1]) === 4) return m[1];
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(m[1]);
  if (!hex) return null;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** The rule an IP address breaks, or null when it is a public address. */
export function forbiddenAddressRule(address: string): string | null {
  const v4 = isIP(address) === 4 ? address : embeddedIpv4(address);
  const [candidate, family] = v4 ? [v4, 'ipv4' as const] : [address, 'ipv6' as const];
  if (isIP(candidate) === 0) return 'not an IP address';
  return LISTS.find((l) => l.family === family && l.list.check(candidate, family))?.rule ?? null;
}

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export type TargetVerdict = { allowed: true } | { allowed: false; rule: string };

/**
 * Decides whether a URL may be called. Throws nothing: a host that does not resolve is refused
 * with that reason, so the caller can report it like any other refusal.
 */
export async function checkTarget(url: string, allowPrivate: boolean, resolve: Resolver = systemResolver): Promise<TargetVerdict> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allowed: false, rule: 'url must be an absolute http or https URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { allowed: false, rule: 'url must use https or http' };
  if (parsed.username || parsed.password) return { allowed: false, rule: 'url must not carry credentials' };
  if (allowPrivate) return { allowed: true };

  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return { allowed: false, rule: 'url host must not be localhost' };
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'lookup failed';
    return { allowed: false, rule: `url host ${host} does not resolve (${code})` };
  }
  if (addresses.length === 0) return { allowed: false, rule: `url host ${host} does not resolve` };
  for (const address of addresses) {
    const rule = forbiddenAddressRule(address);
    if (rule) return { allowed: false, rule: `url host ${host} resolves to ${address}, a ${rule} address` };
  }
  return { allowed: true };
}
