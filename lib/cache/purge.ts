/**
 * Tells the caching proxy or CDN in front (PURGE_URL) to drop each address. Only exact addresses can
 * be purged; route patterns are left to the proxy's own expiry. A proxy that never held an address
 * answers 404, which is no failure.
 */
export async function purgeProxy(purgeURL: string | null, addresses: string[], log: (message: string) => void): Promise<void> {
  if (!purgeURL) return
  const exact = [...new Set(addresses)].filter((address) => !address.includes('['))
  const failures = await Promise.all(
    exact.map((address) =>
      fetch(`${purgeURL}${address}`, { method: 'PURGE', signal: AbortSignal.timeout(2000) }).then(
        (response) => (response.ok || response.status === 404 ? null : `${address}: ${response.status}`),
        (error: Error) => `${address}: ${error.message}`,
      ),
    ),
  )
  const failed = failures.filter(Boolean)
  if (failed.length > 0) log(`The proxy cache could not be purged for ${failed.length} address(es), e.g. ${failed[0]}`)
}
