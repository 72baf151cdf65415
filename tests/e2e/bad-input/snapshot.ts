import fs from 'node:fs'
import path from 'node:path'

import { untilFaceChecksDone } from '@/scripts/lib/faceChecks'
import { asAdmin } from '@/tests/e2e/bad-input/planted'
import type { Target } from '@/tests/e2e/bad-input/target'

const COLLECTIONS = ['articles', 'demo-reports', 'meetings', 'media', 'topics', 'users', 'join-requests', 'removal-requests'] as const
const VERSIONED = ['articles', 'demo-reports', 'meetings'] as const

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return []
  return (fs.readdirSync(folder, { recursive: true }) as string[]).map(String).sort()
}

/**
 * What a write would change: each collection's number of documents and its latest change, the
 * versions of drafts, the site settings, and the files in the uploads folder.
 */
export async function snapshot(target: Target) {
  // A comparison taken while a face check is due would blame the input under test for the server's own late write.
  await untilFaceChecksDone(target.url, target.adminToken, { timeoutMs: 30_000 })
  const state: Record<string, unknown> = {}
  for (const collection of COLLECTIONS) {
    const { totalDocs, docs } = await asAdmin(target, 'GET', `/${collection}?limit=1&sort=-updatedAt&depth=0&draft=true&select[updatedAt]=true`)
    state[collection] = { totalDocs, latest: docs[0] ? `${docs[0].id}@${docs[0].updatedAt}` : null }
  }
  for (const collection of VERSIONED) {
    const { totalDocs } = await asAdmin(target, 'GET', `/${collection}/versions?limit=1&depth=0`)
    state[`${collection} versions`] = totalDocs
  }
  state['site-settings'] = (await asAdmin(target, 'GET', '/globals/site-settings?depth=0')).updatedAt
  state.files = filesUnder(target.mediaDir)
  return state
}

/** Files that appeared anywhere on the machine a hostile upload name could point to, outside the uploads folder. */
export function landedOutside(mediaDir: string, filename: string): string | null {
  const resolved = path.resolve(mediaDir, filename)
  const inside = resolved === path.resolve(mediaDir) || resolved.startsWith(path.resolve(mediaDir) + path.sep)
  return !inside && fs.existsSync(resolved) ? resolved : null
}
