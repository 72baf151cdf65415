import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

type Account = { email: string; password: string; role: 'admin' | 'editor'; name: string }

function fromEnv(vars: Record<string, string | undefined>): Account[] {
  const accounts: Account[] = []
  if (vars.SEED_ADMIN_EMAIL && vars.SEED_ADMIN_PASSWORD) {
    accounts.push({ email: vars.SEED_ADMIN_EMAIL, password: vars.SEED_ADMIN_PASSWORD, role: 'admin', name: 'Admin' })
  }
  if (vars.SEED_EDITOR_EMAIL && vars.SEED_EDITOR_PASSWORD) {
    accounts.push({ email: vars.SEED_EDITOR_EMAIL, password: vars.SEED_EDITOR_PASSWORD, role: 'editor', name: 'Editor' })
  }
  return accounts
}

/**
 * Accounts named by SEED_ADMIN_* / SEED_EDITOR_*; failing those, in demo mode, one admin with a
 * random password, printed once, so a newcomer can sign in without reading any documentation.
 */
export async function seedAccounts(
  payload: Payload,
  { demoMode, vars = process.env, log }: { demoMode: boolean; vars?: Record<string, string | undefined>; log: (line: string) => void },
): Promise<number> {
  const wanted = fromEnv(vars)
  if (wanted.length === 0 && demoMode) {
    const { totalDocs: admins } = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } } })
    if (admins > 0) return 0
    wanted.push({ email: 'admin@example.org', password: randomBytes(12).toString('base64url'), role: 'admin', name: 'Demo admin' })
    log(`Demo admin account: ${wanted[0].email} / ${wanted[0].password} (shown once; change it in the admin)`)
  }
  let created = 0
  for (const account of wanted) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: account.email } } })
    if (totalDocs > 0) continue
    await payload.create({ collection: 'users', data: account })
    log(`Created the ${account.role} account ${account.email}`)
    created++
  }
  return created
}
