import type { AfterErrorHook, PayloadRequest } from 'payload'

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is not answering, so nothing was saved. Please try again in a minute; your changes are still in the form.'
export const INVALID_JSON_MESSAGE = 'The request body is not valid JSON.'
export const UNREADABLE_UPLOAD_MESSAGE = 'The upload cannot be read: send multipart/form-data.'
export const STORAGE_UNAVAILABLE_MESSAGE =
  'Photo storage is unreachable, so the photo was not saved. Please try again in a few minutes; the rest of the site keeps working.'

const UNAVAILABLE_SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_IOERR', 'SQLITE_FULL'])
/** How a request to the bucket fails when the bucket's server is down, unreachable or too slow. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE'])
const UNREACHABLE_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'ServiceUnavailable', 'SlowDown'])
const UNAVAILABLE_MONGODB_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
])

/** The error and what caused it, outermost first: the database's own error is usually wrapped. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = []
  for (let current = error; current && chain.length < 10; current = (current as { cause?: unknown }).cause) {
    chain.push(current)
  }
  return chain
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((cause) => {
    const { code, name } = cause as { code?: unknown; name?: unknown }
    return (
      (typeof code === 'string' && UNAVAILABLE_SQLITE_CODES.has(code.split('_').slice(0, 2).join('_'))) ||
      (typeof name === 'string' && UNAVAILABLE_MONGODB_ERRORS.has(name))
    )
  })
}

/**
 * An error of the S3 client (it carries `$metadata`) that says the bucket did not answer, or answered
 * 5xx. The client sometimes wraps a network error into one whose message alone names its code.
 */
function isStorageUnavailable(error: unknown): boolean {
  return causes(error).some((cause) => {
    const { $metadata, code, message, name } = cause as { $metadata?: { httpStatusCode?: number }; code?: unknown; message?: unknown; name?: unknown }
    if (!$metadata) return false
    const networkCode = typeof code === 'string' ? code : typeof message === 'string' ? message.match(/\b(E[A-Z]+)\b/)?.[1] : undefined
    return (
      (networkCode !== undefined && UNREACHABLE_CODES.has(networkCode)) ||
      (typeof name === 'string' && UNREACHABLE_NAMES.has(name)) ||
      ($metadata.httpStatusCode ?? 0) >= 500
    )
  })
}

/**
 * Payload answers errors it did not raise itself with "Something went wrong" or "An unknown error
 * occurred". Some have a clear cause worth telling the client: a body that is not JSON or an upload
 * that cannot be parsed (the client's mistake: 400) and a database or photo storage that does not answer
 * (nobody's mistake: 503, try again).
 */
function isInvalidJSON(error: Error): boolean {
  // Payload's own refusal of a body it cannot parse is a bare "Invalid JSON" that production hides.
  return error instanceof SyntaxError || (error.message === 'Invalid JSON' && (error as { status?: number }).status === 400)
}

/** A multipart body the parser gave up on before anything was taken from it. */
function isUnreadableUpload(error: Error, req: PayloadRequest): boolean {
  const multipart = req.headers.get('content-type')?.toLowerCase().startsWith('multipart/') ?? false
  const status = (error as { status?: number }).status ?? 500
  return multipart && status >= 500 && req.file === undefined && req.data === undefined
}

/**
 * A refused save, which carries each field's message. Payload formats it only when it is an
 * `instanceof` its ValidationError class, and the production build holds several copies of that
 * class (the route's bundle formats errors thrown by the instance instrumentation started): the
 * answer then kept the list of field names and dropped the messages the admin shows by each field.
 * Upstream: none; the copies come from how the app is bundled, so the shape is recognised instead.
 */
function isFieldValidation(error: Error): error is Error & { data: { errors: unknown[] } } {
  const { data } = error as { data?: { errors?: unknown } }
  return error.name === 'ValidationError' && Array.isArray(data?.errors)
}

export const explainErrors: AfterErrorHook = ({ error, req }) => {
  if (isFieldValidation(error)) return { status: 400, response: { errors: [{ name: error.name, data: error.data, message: error.message }] } }
  if (isInvalidJSON(error)) return { status: 400, response: { errors: [{ message: INVALID_JSON_MESSAGE }] } }
  if (isUnreadableUpload(error, req)) return { status: 400, response: { errors: [{ message: UNREADABLE_UPLOAD_MESSAGE }] } }
  if (isDatabaseUnavailable(error)) {
    return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
  }
  if (isStorageUnavailable(error)) return { status: 503, response: { errors: [{ message: STORAGE_UNAVAILABLE_MESSAGE }] } }
}
