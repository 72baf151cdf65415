import { unstable_cache } from 'next/cache'

import { REVALIDATE_SECONDS } from '@/lib/cache/tags'

/**
 * Caches a query's result under `key` with `tags`, so hooks can expire exactly what changed.
 * Draft previews never pass through here: they must see the newest words.
 */
export function cached<Args extends unknown[], Result>(
  query: (...args: Args) => Promise<Result>,
  key: string,
  tags: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return (...args: Args) =>
    unstable_cache(() => query(...args), [key, JSON.stringify(args)], {
      tags: tags(...args),
      revalidate: REVALIDATE_SECONDS,
    })()
}
