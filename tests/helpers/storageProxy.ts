import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type StorageProxy = {
  /** The address to give the app as S3_ENDPOINT. */
  endpoint: string
  /** Which requests are answered 503 instead of passed on: none until a test says so. */
  refuse: (request: http.IncomingMessage) => boolean | Promise<boolean>
  close(): Promise<void>
}

const REFUSAL = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>ServiceUnavailable</Code><Message>Refused by the test proxy.</Message></Error>'

/**
 * An HTTP proxy in front of an S3-compatible store, so a test can make the store fail some requests
 * (say, every PUT) while it still answers the others, as a real bucket does when it breaks half-way.
 */
export async function startStorageProxy(upstream: string): Promise<StorageProxy> {
  const target = new URL(upstream)
  const server = http.createServer(async (request, response) => {
    if (await proxy.refuse(request)) {
      request.resume().on('end', () => response.writeHead(503, { 'Content-Type': 'application/xml' }).end(REFUSAL))
      return
    }
    const forwarded = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => answer.pipe(response.writeHead(answer.statusCode ?? 502, answer.headers)),
    )
    // The store is down: the client sees its connection cut, as it would without the proxy.
    forwarded.on('error', () => response.destroy())
    request.pipe(forwarded)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const proxy: StorageProxy = {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    refuse: () => false,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
  return proxy
}
