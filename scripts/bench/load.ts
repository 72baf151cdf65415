import autocannon from 'autocannon'

export type LoadFigures = {
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

/** Requests one address as fast as `connections` clients can for `seconds`, on loopback. */
export async function load(url: string, connections: number, seconds: number): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
