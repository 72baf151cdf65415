import { env } from '@/lib/startup/env'

/** An address for use outside any page (feeds, sitemaps), where a path has nothing to resolve against. */
export const absoluteURL = (path: string) => new URL(path, env().serverURL).href
