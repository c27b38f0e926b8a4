// The client's address for the sign-in limits. Behind a reverse proxy the connection's peer is the proxy, so
// X-Forwarded-For is read, but only when the peer is a proxy the operator trusts (AIMS_TRUSTED_PROXIES):
// anyone else could send any X-Forwarded-For and pick the address they are limited under.
import net from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './types.ts';

/** A matcher for a list of addresses and CIDR ranges (IPv4, IPv6, and IPv4-mapped IPv6 peers). */
export function trustedProxies(list: readonly string[]): (address: string) => boolean {
  const blocks = new net.BlockList();
  for (const entry of list) {
    const [address = '', bits] = entry.split('/');
    const type = net.isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, Number(bits), type);
  }
  return (raw) => {
    const address = unmap(raw.trim());
    const family = net.isIP(address);
    if (!family) return false;
    return blocks.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
}

function unmap(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

/**
 * The real client: the connection's peer, or, when the peer is a trusted proxy, the right-most address in
 * X-Forwarded-For that is not itself a trusted proxy. Undefined for in-process requests without a peer (tests).
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  isTrusted: (address: string) => boolean,
): string | undefined {
  if (!peer) return undefined;
  let client = unmap(peer);
  if (!isTrusted(client) || !forwardedFor) return client;
  const hops = forwardedFor
    .split(',')
    .map((s) => unmap(s.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!net.isIP(hop)) return client;
    client = hop;
    if (!isTrusted(hop)) return hop;
  }
  return client;
}

const matchers = new WeakMap<readonly string[], (address: string) => boolean>();

/** The client's address for rate limiting; undefined for in-process requests (tests). */
export function clientAddress(c: Context<AppEnv>): string | undefined {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined;
  }
  const list = c.get('deps').env.AIMS_TRUSTED_PROXIES;
  let isTrusted = matchers.get(list);
  if (!isTrusted) {
    isTrusted = trustedProxies(list);
    matchers.set(list, isTrusted);
  }
  return resolveClientAddress(peer, c.req.header('x-forwarded-for'), isTrusted);
}
