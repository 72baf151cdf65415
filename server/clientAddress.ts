import { isIPv6 } from 'node:net'
import type { IncomingMessage } from 'node:http'

/** Expands an IPv6 address (`2001:db8::1`) to its eight groups. */
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail !== undefined && tail !== '' ? tail.split(':') : []
  const missing = tail === undefined ? 0 : 8 - left.length - right.length
  return [...left, ...Array<string>(missing).fill('0'), ...right]
}

/**
 * The key a visitor is counted under. One IPv6 customer is handed a whole /64 and could rotate
 * through it, so IPv6 addresses count by their /64 network; IPv4-mapped addresses count as IPv4.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]
  if (!isIPv6(address)) return address
  return `${ipv6Groups(address.split('%')[0]).slice(0, 4).join(':')}::/64`
}

/**
 * The visitor's address. Behind `trustedProxies` reverse proxies (TRUST_PROXY), each proxy appends
 * the address it received the request from to X-Forwarded-For, so the client is that many entries
 * from the end; anything further left was written by the client and proves nothing.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown'
  if (trustedProxies === 0) return socketAddress
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return forwarded[forwarded.length - trustedProxies] ?? socketAddress
}
