import config from '@payload-config'
import { handleEndpoints } from 'payload'

export type RestResponse<T = any> = { status: number; headers: Headers; body: T }

type RestOptions = { body?: unknown; rawBody?: string; formData?: FormData; token?: string; headers?: Record<string, string> }

/**
 * Sends a request through Payload's REST handler, the same one `/api/[...slug]` serves, so tests see
 * exactly what an HTTP client would: status codes, error messages and access rules.
 */
export async function rest<T = any>(method: string, path: string, options: RestOptions = {}): Promise<RestResponse<T>> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  let body: string | FormData | undefined = options.formData ?? options.rawBody
  if (options.rawBody !== undefined) headers['Content-Type'] = 'application/json'
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // Not JSON: keep the text so a failing assertion shows what came back.
  }
  return { status: response.status, headers: response.headers, body: parsed as T }
}

export async function login(email: string, password: string): Promise<string> {
  const response = await rest('POST', '/users/login', { body: { email, password } })
  if (response.status !== 200) throw new Error(`login as ${email} failed: ${JSON.stringify(response.body)}`)
  return response.body.token
}
