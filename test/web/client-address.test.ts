import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddressOf, throttleKeyOfAddress } from '../../src/web/client-address.ts';

/** Asks a one-route app who is asking, as if over a connection from `peer` (the node server's bindings). */
async function addressSeen(trustedProxies: string[], peer: string | undefined, forwardedFor?: string): Promise<string> {
  const clientAddress = clientAddressOf(trustedProxies);
  const app = new Hono().get('/', (c) => c.text(clientAddress(c)));
  const env = peer === undefined ? undefined : { incoming: { socket: { remoteAddress: peer } } };
  return (await app.request('/', { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }, env)).text();
}

describe('the client address', () => {
  it.each([
    ['a direct client, whatever X-Forwarded-For it writes', [], '198.51.100.7', '10.0.0.1', '198.51.100.7'],
    ['a client behind a trusted proxy', ['127.0.0.1'], '127.0.0.1', '203.0.113.9', '203.0.113.9'],
    ['the rightmost hop our proxies did not add', ['127.0.0.1', '10.0.0.0/8'], '127.0.0.1', '6.6.6.6, 203.0.113.9, 10.1.2.3', '203.0.113.9'],
    ['an IPv4 peer on a dual-stack socket, matched against an IPv4 proxy', ['127.0.0.1'], '::ffff:127.0.0.1', '203.0.113.9', '203.0.113.9'],
    ['a trusted proxy sending no X-Forwarded-For', ['127.0.0.1'], '127.0.0.1', undefined, '127.0.0.1'],
    ['a trusted proxy forwarding garbage', ['127.0.0.1'], '127.0.0.1', 'not-an-address', 'unreadable-forwarded-for'],
    ['a request made in-process, without a connection', [], undefined, '203.0.113.9', 'in-process'],
  ])('is %s', async (_what, trusted, peer, forwardedFor, expected) => {
    expect(await addressSeen(trusted, peer, forwardedFor)).toBe(expected);
  });

  it('refuses a trusted proxy that is not an address or a range, naming the setting', () => {
    expect(() => clientAddressOf(['proxy.internal'])).toThrow(/trusted proxy "proxy.internal" \(FACTLINE_TRUSTED_PROXIES\) is not an IP address or CIDR range/);
  });

  it.each([
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8::1', '2001:db8:0:0::/64'],
    ['198.51.100.7', '198.51.100.7'],
  ])('throttles %s as %s: an IPv6 client holds a whole /64', (address, key) => {
    expect(throttleKeyOfAddress(address)).toBe(key);
  });
});
