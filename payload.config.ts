import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Users } from '@/collections/Users'
import { health } from '@/endpoints/health'
import { databaseAdapter } from '@/lib/database'
import { env } from '@/lib/env'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = env()

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · solidarity-news' },
  },
  collections: [Users],
  db: databaseAdapter(settings.database, path.resolve(dirname, 'migrations')),
  editor: lexicalEditor(),
  endpoints: [health],
  secret: settings.secret,
  serverURL: settings.publicServerURL,
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
