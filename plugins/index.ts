import { seoPlugin } from '@payloadcms/plugin-seo'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Field, Plugin } from 'payload'

import { guardEveryRequest } from '@/apiGuards/guardEveryRequest'
import { bucketClientConfig } from '@/collections/Media/fileStore/bucket'
import { mustExist } from '@/fields/mustExist'
import { env } from '@/lib/startup/env'
import { searchIndexPlugin } from '@/lib/search/plugin'

import { outgoingWebhooks } from '@/plugins/outgoingWebhooks'
import { seoGroupInAdminLanguages, withSeoLabels } from '@/plugins/seoInAdminLanguages'
import { tiesFollowTheSort } from '@/plugins/tiesFollowTheSort'
import { undoUnstoredUploads } from '@/plugins/undoUnstoredUploads'

const { s3 } = env()

type Titled = { title?: string; standfirst?: string | null; participation?: string | null }

export const plugins: Plugin[] = [
  seoGroupInAdminLanguages(
    seoPlugin({
      collections: ['articles', 'demo-reports'],
      uploadsCollection: 'media',
      generateTitle: ({ doc }) => (doc as Titled).title ?? '',
      fields: ({ defaultFields }) =>
        defaultFields
          .map((field) => (field.type === 'upload' ? ({ ...field, filterOptions: mustExist } as Field) : field))
          .map(withSeoLabels),
      generateDescription: ({ doc }) => (doc as Titled).standfirst ?? (doc as Titled).participation ?? '',
    }),
  ),
  // With S3_BUCKET set, photos are stored in the bucket instead of MEDIA_DIR. Payload's access check stays
  // in front of every file (`/api/media/file/<name>`, no `disablePayloadAccessControl`): the bucket
  // is private, and a photo in review is never served to visitors. Without a bucket the plugin is
  // off but still adds its fields, so the schema, migrations and import map are the same either way.
  // The plugin stores files after the record is written; an upload the bucket refuses is undone.
  undoUnstoredUploads(
    s3Storage({
      enabled: s3 !== null,
      alwaysInsertFields: true,
      bucket: s3?.bucket ?? '',
      config: s3 ? bucketClientConfig(s3) : {},
      collections: { media: true },
    }),
  ),
  // The visitors' search index, kept current by hooks on each searchable collection (lib/search/kinds.ts).
  searchIndexPlugin(),
  // Signed notices to other sites of every change to public content (collections/Webhooks).
  outgoingWebhooks,
  // Admin lists sorted by any column are served by an index (see docs/performance.md).
  tiesFollowTheSort,
  // Last, so every collection and global the plugins above add is guarded too.
  guardEveryRequest,
]
