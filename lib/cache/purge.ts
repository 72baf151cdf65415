/** How many purges are in flight at once: a change that shows everywhere names every page. */
const PURGES_AT_ONCE = 16

/**
 * Tells the caching proxy or CDN in front (PURGE_URL) to drop each address. Only exact addresses can
 * be purged; route patterns are left to the proxy's own expiry. A proxy that never held an address
 * answers 404, which is no failure.
 */
export async function purgeProxy(purgeURL: string | null, addresses: string[], log: (message: string) => void): Promise<void> {
  if (!purgeURL) return
  const exact = [...new Set(addresses)].filter((address) => !address.includes('['))
  const failed: string[] = []
  const purge = (address: string) =>
    fetch(`${purgeURL}${address}`, { method: 'PURGE', signal: AbortSignal.timeout(2000) }).then(
      (response) => {
        if (!response.ok && response.status !== 404) failed.push(`${address}: ${response.status}`)
      },
      (error: Error) => void failed.push(`${address}: ${error.message}`),
    )
  let next = 0
  const worker = async () => {
    while (next < exact.length) await purge(exact[next++])
  }
  await Promise.all(Array.from({ length: Math.min(PURGES_AT_ONCE, exact.length) }, worker))
  if (failed.length > 0) log(`The proxy cache could not be purged for ${failed.length} address(es), e.g. ${failed[0]}`)
}
