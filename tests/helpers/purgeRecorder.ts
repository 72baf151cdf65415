import http from 'node:http'

/**
 * Imported first by a test file: points PURGE_URL at a local listener before the configuration
 * reads the environment, so the test sees every address an expiry purges, as a proxy would.
 */
const port = 20_000 + Math.floor(Math.random() * 20_000)
process.env.PURGE_URL = `http://127.0.0.1:${port}`

export type PurgeRecorder = { purged: string[]; close: () => void }

export async function startPurgeRecorder(): Promise<PurgeRecorder> {
  const purged: string[] = []
  const server = http.createServer((req, res) => {
    if (req.method === 'PURGE') purged.push(decodeURIComponent(req.url ?? ''))
    res.writeHead(200).end()
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { purged, close: () => server.close() }
}
