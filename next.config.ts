import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { languageCodes, defaultLanguage } from '@/i18n/languages'
import { ENGLISH_PATH_PATTERN } from '@/lib/urls/localizedPath'
import { PAGE_NUMBER_PATTERN } from '@/lib/urls/pageNumber'

/** The languages whose pages carry a prefix. */
const TRANSLATED = languageCodes.filter((code) => code !== defaultLanguage.code).join('|')

/**
 * Read as each server starts, not only at build: one build serves one process or many. With REDIS_URL,
 * Next's cache lives in Redis for every instance, and none keeps a private copy in memory that a
 * change made elsewhere could not expire. The build itself never writes to a shared cache.
 */
const sharedCache = (phase: string): Partial<NextConfig> =>
  process.env.REDIS_URL && phase !== PHASE_PRODUCTION_BUILD
    ? { cacheHandler: path.resolve('dist/server/nextCacheHandler.js'), cacheMaxMemorySize: 0 }
    : {}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Every instance must be of one build: Next refuses another build's Server Actions and assets.
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  // The production server (server/index.ts) compresses, after it has read each page for its policy.
  compress: false,
  // It also labels pages and feeds with their ETags, from a native hash (see server/entityTag.ts).
  generateEtags: false,
  reactStrictMode: true,
  async redirects() {
    // English pages have no prefix: `/en/…` is the same page under a second name.
    return [
      { source: '/en', destination: '/', permanent: true },
      { source: '/en/:path*', destination: '/:path*', permanent: true },
    ]
  },
  async rewrites() {
    // `/news?page=3` is the cached `/news/page/3`. The router rewrites it before any code runs, which
    // costs a third less than the proxy did. Any other value is one cached 404: passed on as written,
    // `.` or `..` would make the path resolve to another page, which Next answers with a 500.
    const paged = (list: string) =>
      [
        { prefix: '', lang: 'en' },
        { prefix: `/:lang(${TRANSLATED})`, lang: ':lang' },
      ].flatMap(({ prefix, lang }) => [
        {
          source: `${prefix}/${list}`,
          has: [{ type: 'query' as const, key: 'page', value: `(?<page>${PAGE_NUMBER_PATTERN})` }],
          destination: `/${lang}/${list}/page/:page`,
        },
        {
          source: `${prefix}/${list}`,
          has: [{ type: 'query' as const, key: 'page', value: `(?!${PAGE_NUMBER_PATTERN}$).*` }],
          destination: `/${lang}/${list}/page/not-a-page-number`,
        },
      ])
    // Every language's pages live under app/(frontend)/[lang]/; English ones are asked for unprefixed.
    const english = [
      { source: '/', destination: '/en' },
      { source: `/:path(${ENGLISH_PATH_PATTERN})`, destination: '/en/:path' },
    ]
    return { beforeFiles: [...paged('news'), ...paged('demos'), ...paged('meetings'), ...english], afterFiles: [], fallback: [] }
  },
  // Unknown addresses get the site's own 404 page: the site and the admin have separate root layouts.
  experimental: {
    globalNotFound: true,
    // Payload names its errors after their classes, which minification renames to one letter: its
    // messages then read "An unknown error occurred." and its log levels stop matching.
    turbopackMinify: { server: false, client: true },
  },
}

const config = (phase: string) => withPayload({ ...nextConfig, ...sharedCache(phase) }, { devBundleServerPackages: false })

export default config
