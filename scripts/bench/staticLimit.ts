import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The ceiling for a page on this machine: the same bytes served by a bare `node:http` server, with
 * none of Next's or Payload's work.
 */
export async function serveBytes(body: Buffer): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length })
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
