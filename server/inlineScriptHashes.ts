import { createHash } from 'node:crypto'

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const HAS_SRC = /\ssrc\s*=/i
const TYPE = /\stype\s*=\s*["']?([^"'\s>]+)/i
/** Types a browser does not run as script (JSON-LD, JSON data): no hash needed. */
const DATA_TYPE = /json$/i

/**
 * The CSP hash of every inline script the browser will run, in the form a policy lists it
 * (`'sha256-…'`). Browsers hash the element's text exactly as it appears in the document, so the
 * hash is taken over the raw bytes between the tags.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, content] of html.matchAll(SCRIPT_ELEMENT)) {
    if (HAS_SRC.test(attributes)) continue
    const type = TYPE.exec(attributes)?.[1]
    if (type && DATA_TYPE.test(type)) continue
    hashes.add(`'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}
