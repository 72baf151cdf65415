import { APIError } from 'payload'

/**
 * A 400 whose message reaches the client. Payload shows an error's message only when the error has
 * a name, and a production build's minifier strips class names, so the name is set here.
 */
export function badRequest(message: string) {
  const error = new APIError(message, 400, null, true)
  error.name = 'BadRequest'
  return error
}
