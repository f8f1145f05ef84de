import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { BlockList, isIP } from 'node:net';

/** `::ffff:10.0.0.1`, as a dual-stack socket reports an IPv4 peer, is 10.0.0.1. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * Who is asking: the address the connection comes from. `X-Forwarded-For` is believed only when the
 * connection comes from one of our own reverse proxies (`trustedProxies`: addresses or CIDR ranges);
 * from anyone else it is text the client wrote. Requests made in-process (tests) have no connection
 * and are all "in-process".
 */
export function clientAddressOf(trustedProxies: readonly string[]): (c: Context) => string {
  const trusted = new BlockList();
  for (const entry of trustedProxies) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(plain(address));
    if (family === 0 || (bits !== undefined && !/^\d{1,3}$/.test(bits))) throw new Error(`trusted proxy "${entry}" (FACTLINE_TRUSTED_PROXIES) is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) trusted.addAddress(plain(address), type);
    else trusted.addSubnet(plain(address), Number(bits), type);
  }
  const isTrusted = (address: string) => {
    const family = isIP(plain(address));
    return family !== 0 && trusted.check(plain(address), family === 6 ? 'ipv6' : 'ipv4');
  };
  return (c) => {
    const peer = connectionAddress(c);
    if (peer === undefined) return 'in-process';
    if (!isTrusted(peer)) return plain(peer);
    // Each proxy appends the address it heard from: the rightmost one our proxies did not add is the
    // client; whatever stands left of it, the client could have written itself.
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
    for (const hop of hops.reverse()) if (!isTrusted(hop)) return isIP(plain(hop)) ? plain(hop) : 'unreadable-forwarded-for';
    return plain(peer);
  };
}

function connectionAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * The part of an address one party controls: an IPv6 client usually holds a whole /64, so throttling
 * its single addresses would let it step to the next one at every attempt.
 */
export function throttleKeyOfAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
