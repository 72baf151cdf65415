import { APIError } from 'payload'

/**
 * A 400 whose message reaches the client (a public APIError). Payload shows an error's message only
 * when the error has a name, so the name is set rather than left to the class. Upstream: none
 * found; `formatErrors` in payload/dist/utilities reads the name by design.
 */
export function badRequest(message: string) {
  const error = new APIError(message, 400, null, true)
  error.name = 'BadRequest'
  return error
}
