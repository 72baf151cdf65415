import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The secret is written through `newSecret`, a field that is never stored (the admin shows it as an
 * empty box), and kept in `secret`, which no request can read or write. Left empty on an edit, the
 * stored secret stays as it was.
 */
export const storeNewSecret: CollectionBeforeChangeHook = ({ data }) => {
  const { newSecret } = data as { newSecret?: string | null }
  return newSecret ? { ...data, secret: newSecret } : data
}
