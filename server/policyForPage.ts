import { pagePolicy } from '@/server/contentSecurityPolicy'
import { inlineScriptHashes } from '@/server/inlineScriptHashes'

/** Distinct cached pages whose policy is remembered; beyond that the oldest is forgotten. */
const REMEMBERED_PAGES = 1000

/**
 * The policy for a page, from its bytes. The server labels each page with an ETag derived from
 * those bytes, so a page served again under the same ETag has the same scripts: its policy is
 * reused rather than worked out again on every request. A draft in the admin's live preview has
 * its own policy (it may be framed by the admin), so it is remembered apart.
 */
export function createPolicyForPage({ upgradeInsecureRequests }: { upgradeInsecureRequests: boolean }) {
  const byETag = new Map<string, string>()
  return function policyForPage(body: Buffer, etag: string | undefined, framedByOwnAdmin = false): string {
    const key = etag === undefined ? undefined : `${framedByOwnAdmin ? 'framed ' : ''}${etag}`
    const known = key === undefined ? undefined : byETag.get(key)
    if (known) return known
    const policy = pagePolicy({ scriptHashes: inlineScriptHashes(body.toString('utf8')), upgradeInsecureRequests, framedByOwnAdmin })
    if (key !== undefined) {
      if (byETag.size >= REMEMBERED_PAGES) byETag.delete(byETag.keys().next().value!)
      byETag.set(key, policy)
    }
    return policy
  }
}
