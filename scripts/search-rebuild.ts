import config from '@payload-config'
import { getPayload } from 'payload'

import { SEARCH_KINDS } from '@/lib/search/kinds'
import { rebuildSearchIndex } from '@/lib/search/upkeep'

const payload = await getPayload({ config })
const started = Date.now()
const counts = await rebuildSearchIndex(payload)
const listed = Object.entries(counts).map(([kind, count]) => `${SEARCH_KINDS[kind as keyof typeof SEARCH_KINDS].plural.toLowerCase()} ${count}`)
console.log(`Search index rebuilt: ${listed.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
process.exit(0)
