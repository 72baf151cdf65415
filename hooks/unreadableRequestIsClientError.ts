import type { AfterErrorHook } from 'payload'

/**
 * Payload reads `where` and `data` from the query string, and `_payload` from an upload, with
 * JSON.parse, and reads uploads with a multipart parser; a request it cannot read ends as a 500.
 * That is the client's mistake, so it gets a 400. An upload counts as unreadable only when it
 * failed as a server error before anything was taken from it: a failure after that is the server's
 * own. Fits both a collection's hooks and the config's own `hooks.afterError`.
 */
export const unreadableRequestIsClientError: AfterErrorHook = ({ error, req }) => {
  const multipart = req.headers.get('content-type')?.toLowerCase().startsWith('multipart/') ?? false
  const unreadableJSON = error instanceof SyntaxError
  const status = (error as { status?: number }).status ?? 500
  const unreadableUpload = multipart && status >= 500 && req.file === undefined && req.data === undefined
  if (!unreadableJSON && !unreadableUpload) return
  return {
    status: 400,
    response: {
      errors: [{ message: unreadableJSON ? 'The request holds JSON that cannot be read.' : 'The upload cannot be read: send multipart/form-data.' }],
    },
  }
}
