import { pagePolicy } from '@/server/contentSecurityPolicy'
import { inlineScriptHashes } from '@/server/inlineScriptHashes'

/** Distinct cached pages whose policy is remembered; beyond that the oldest is forgotten. */
const REMEMBERED_PAGES = 1000

/**
 * The policy for a page, from its bytes. The server labels each page with an ETag derived from
 * those bytes, so a page served again under the same ETag has the same scripts: its policy is
 * reused rather than worked out again on every request.
 */
export function createPolicyForPage({ upgradeInsecureRequests }: { upgradeInsecureRequests: boolean }) {
  const byETag = new Map<string, string>()
  return function policyForPage(body: Buffer, etag: string | undefined): string {
    const known = etag === undefined ? undefined : byETag.get(etag)
    if (known) return known
    const policy = pagePolicy({ scriptHashes: inlineScriptHashes(body.toString('utf8')), upgradeInsecureRequests })
    if (etag !== undefined) {
      if (byETag.size >= REMEMBERED_PAGES) byETag.delete(byETag.keys().next().value!)
      byETag.set(etag, policy)
    }
    return policy
  }
}
