import type { JoinFieldErrors } from '@/lib/join/validateJoinRequest'

/** What the join form shows after a refused sending: what the visitor typed, and what is wrong with it. */
export type JoinFormState = {
  values: { name: string; email: string; message: string; consent: boolean }
  errors: JoinFieldErrors
}

export const EMPTY_JOIN_FORM: JoinFormState = { values: { name: '', email: '', message: '', consent: false }, errors: {} }
