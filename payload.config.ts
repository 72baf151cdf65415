import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { bounds } from '@/apiGuards/bounds'
import { Articles } from '@/collections/Articles'
import { DemoReports } from '@/collections/DemoReports'
import { JoinRequests } from '@/collections/JoinRequests'
import { Media } from '@/collections/Media'
import { Meetings } from '@/collections/Meetings'
import { RemovalRequests } from '@/collections/RemovalRequests'
import { settleEverythingSetAside } from '@/collections/Media/filesSetAside'
import { MAX_UPLOAD_BYTES } from '@/collections/Media/imagePolicy'
import { Topics } from '@/collections/Topics'
import { Users } from '@/collections/Users'
import { Webhooks } from '@/collections/Webhooks'
import { health } from '@/endpoints/health'
import { bodyEditor } from '@/fields/richText'
import { explainErrors } from '@/hooks/explainErrors'
import { SiteSettings } from '@/globals/SiteSettings'
import { adminI18n } from '@/i18n/adminI18n'
import { contentLocalization } from '@/i18n/contentLocalization'
import { emailAdapter } from '@/lib/email/emailAdapter'
import { databaseAdapter } from '@/lib/startup/databaseAdapter'
import { env } from '@/lib/startup/env'
import { jobs } from '@/lib/startup/jobs'
import { plugins } from '@/plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const settings = env()

export default buildConfig({
  admin: {
    user: Users.slug,
    // Payload's default asks gravatar.com for every organiser's picture, telling it who uses the admin.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: ['/components/admin/dashboard/AtAGlance#AtAGlance'],
      // The group's banner and name, not Payload's, so organisers know whose admin they are in.
      graphics: { Logo: '/components/admin/AdminLogo#AdminLogo', Icon: '/components/admin/AdminIcon#AdminIcon' },
    },
    meta: { titleSuffix: ' · solidarity-news', icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }] },
  },
  collections: [Articles, DemoReports, Meetings, Media, Topics, Users, Webhooks, JoinRequests, RemovalRequests],
  db: databaseAdapter(settings.database, path.resolve(dirname, 'migrations'), { multiInstance: settings.multiInstance }),
  // API clients get related documents one level deep unless they ask; pages ask for what they show,
  // and none needs more than two levels.
  defaultDepth: 1,
  maxDepth: bounds.depth.max,
  // Other sites' browsers may read the public API. `*` never comes with
  // Access-Control-Allow-Credentials: no browser lets another site read an answer given to a session.
  cors: '*',
  // Only a session from the site's own origin counts; a cross-site request is anonymous.
  csrf: settings.allowedOrigins,
  editor: bodyEditor,
  email: emailAdapter(settings),
  endpoints: [health],
  globals: [SiteSettings],
  hooks: { afterError: [explainErrors] },
  i18n: adminI18n,
  // Nothing uses GraphQL: the site reads through the Local API and the admin through REST. Disabled,
  // it is one less way in to secure and bound.
  graphQL: { disable: true },
  jobs,
  localization: contentLocalization,
  // A photo's files kept aside while they were replaced go back if a crash cut the replacement short.
  onInit: settleEverythingSetAside,
  plugins,
  secret: settings.secret,
  serverURL: settings.publicServerURL,
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  // An oversized upload is cut off as it arrives, then refused with a 400 by the media collection.
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES }, abortOnLimit: false },
})
