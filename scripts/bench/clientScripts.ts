import { gzipSync } from 'node:zlib'

/** The JavaScript files a page makes the browser load, gzipped, in KiB. */
export async function scriptKiB(pageURL: string): Promise<number> {
  const html = await (await fetch(pageURL)).text()
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((match) => match[1]))]
  let bytes = 0
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, pageURL))).arrayBuffer())).length
  return Math.round((bytes / 1024) * 10) / 10
}
