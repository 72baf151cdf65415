import http from 'node:http'
import https from 'node:https'

/** Every answer, however hostile the request, must be complete within this time. */
export const ANSWER_WITHIN_MS = 2000

export type Request = {
  method?: string
  /** Sent exactly as given: no normalising of `..`, no re-encoding of `%`. */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  token?: string
}

export type Answer = {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  ms: number
  /** "METHOD /path", shortened, for messages. */
  label: string
  /** The path as sent, so a secret the request itself named is not taken for a leak. */
  path: string
  anonymous: boolean
}

const MAX_BODY_BYTES = 8 * 1024 * 1024

/**
 * Node's client refuses to send spaces, control characters and non-Latin-1 in a request line; those
 * are percent-encoded, everything else (`%`, `..`, `\`) goes out untouched.
 */
export function rawPath(path: string): string {
  return [...Buffer.from(path, 'utf8')]
    .map((byte) => (byte > 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('')
}

function shorten(text: string, length = 160): string {
  return text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text
}

/**
 * One HTTP request on a fresh connection, timed. A server that closes the connection while the
 * request is still being sent (Node does this for oversized headers) answers with status 0.
 */
export function send(base: string, request: Request): Promise<Answer> {
  const url = new URL(base)
  const method = request.method ?? 'GET'
  const headers: Record<string, string> = { ...request.headers }
  if (request.token) headers.Authorization = `JWT ${request.token}`
  if (request.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(request.body))
  const label = `${method} ${shorten(request.path)}`
  const started = performance.now()
  const client = url.protocol === 'https:' ? https : http

  return new Promise((resolve, reject) => {
    let answered = false
    const outgoing = client.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: rawPath(request.path),
        headers,
        agent: false,
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      },
      (incoming) => {
        answered = true
        const chunks: Buffer[] = []
        let size = 0
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size <= MAX_BODY_BYTES) chunks.push(chunk)
        })
        incoming.on('error', (error) => reject(new Error(`${label}: the answer broke off (${error.message})`)))
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
            label,
            path: request.path,
            anonymous: !request.token,
          }),
        )
      },
    )
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return
      if (error.name === 'AbortError' || error.name === 'TimeoutError') {
        reject(new Error(`${label}: no complete answer within ${ANSWER_WITHIN_MS} ms`))
      } else if (error.code === 'ECONNRESET' || error.code === 'EPIPE') {
        resolve({ status: 0, headers: {}, text: '', ms: performance.now() - started, label, path: request.path, anonymous: !request.token })
      } else {
        reject(new Error(`${label}: ${error.message}`))
      }
    })
    outgoing.end(request.body)
  })
}

/** Words a server must never show a visitor: set once the suite has planted its drafts and private photo. */
const secrets = new Set<string>()

export function neverShowToVisitors(...values: string[]) {
  for (const value of values) secrets.add(value)
}

/** What an error page or message would carry if it leaked the server's insides. */
const INSIDES = [
  /\bat (?:async )?[\w$.<>[\] ]+ \((?:file:\/\/)?\/[^)\s]+:\d+:\d+\)/,
  /node_modules[\\/]/,
  /\.tsx?:\d+:\d+/,
  /SQLITE_|SqliteError|LibsqlError|no such (?:column|table)|Failed query|MongoServerError|E11000/,
  /"stack"\s*:/,
]

/**
 * What every answer must be: complete in time (enforced by `send`), not a server error, free of
 * stack traces and database messages, and, for a visitor, free of anything unpublished.
 */
export function assertSound(answer: Answer, { allowCutOff = false } = {}): Answer {
  const problems: string[] = []
  if (answer.status >= 500) problems.push(`answered ${answer.status}`)
  if (answer.status === 0 && !allowCutOff) problems.push('closed the connection without an answer')
  const type = String(answer.headers['content-type'] ?? '')
  if (!/^(image|font)\//.test(type)) {
    const inside = INSIDES.find((pattern) => pattern.test(answer.text))
    if (inside) problems.push(`shows its insides (${inside}): ${shorten(answer.text.match(inside)![0], 200)}`)
    if (answer.anonymous) {
      for (const secret of secrets) {
        if (answer.text.includes(secret) && !answer.path.includes(secret)) problems.push(`shows a visitor "${secret}"`)
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(`${answer.label} (${Math.round(answer.ms)} ms) ${problems.join('; ')}\n${shorten(answer.text, 400)}`)
  }
  return answer
}

/** How many hostile requests each part of the suite sent, for the summary line. */
export const tally = new Map<string, number>()

export function counted(kind: string) {
  tally.set(kind, (tally.get(kind) ?? 0) + 1)
}

export function summary(): string {
  const total = [...tally.values()].reduce((sum, count) => sum + count, 0)
  const parts = [...tally].map(([kind, count]) => `${count} ${kind}`)
  return `bad-input: ${total} cases tried (${parts.join(', ')})`
}
