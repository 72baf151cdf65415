import type { RemovalFieldErrors } from '@/lib/removal/validateRemovalRequest'

/** What the removal form shows after a refused sending: what the visitor chose and typed, and what is wrong with it. */
export type RemovalFormState = {
  values: { wish: string; note: string; contact: string }
  errors: RemovalFieldErrors
  /** The address already has as many requests waiting as it may. */
  tooMany: boolean
}

export const EMPTY_REMOVAL_FORM: RemovalFormState = { values: { wish: '', note: '', contact: '' }, errors: {}, tooMany: false }
