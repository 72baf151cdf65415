// `node scripts/page-weight.mjs <page URL>…`: the JavaScript a page makes the browser download, raw and
// gzipped, split into Next's own runtime and the rest. For the README's performance figures.
import { gzipSync } from 'node:zlib'

const urls = process.argv.slice(2)
if (urls.length === 0) {
  console.error('usage: node scripts/page-weight.mjs http://localhost:3000/news/why-we-carry-this-banner …')
  process.exit(2)
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`

for (const url of urls) {
  const html = await (await fetch(url)).text()
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((match) => match[1]))]
  let raw = 0
  let gzipped = 0
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())
    raw += body.length
    gzipped += gzipSync(body).length
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, match) => sum + match[1].length, 0)
  console.log(`${url}\n  ${scripts.length} script files: ${kib(raw)} (${kib(gzipped)} gzipped); inline scripts ${kib(inline)}`)
}
