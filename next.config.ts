import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The production server (server/index.ts) compresses, after it has read each page for its policy.
  compress: false,
  reactStrictMode: true,
  // Unknown addresses get the site's own 404 page: the site and the admin have separate root layouts.
  experimental: { globalNotFound: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
