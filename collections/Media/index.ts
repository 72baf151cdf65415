import type { CollectionConfig, PayloadRequest } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { publicMediaOrEditor } from '@/access/publicMediaOrEditor'
import { serveFromFolder } from '@/collections/Media/serveFromFolder'
import { mustExist } from '@/fields/mustExist'
import { adminText } from '@/i18n/adminText'
import { saidInEditorsLanguage } from '@/i18n/validationMessage'
import { env } from '@/lib/startup/env'

import { cacheByVisibility } from '@/collections/Media/cacheByVisibility'
import { blurEndpoint } from '@/collections/Media/endpoints/blur'
import { facesReviewedEndpoint } from '@/collections/Media/endpoints/facesReviewed'
import { faceFields } from '@/collections/Media/faces/fields'
import { noteUploadEnds, noteUploadStarts } from '@/collections/Media/faces/noteUploads'
import { markFacesPending, queueFaceDetection } from '@/collections/Media/faces/queueFaceDetection'
import { requireFacesLookedAt } from '@/collections/Media/faces/requireFacesLookedAt'
import { cleanUploadedImage, recordCleanedImage } from '@/collections/Media/hooks/cleanUploadedImage'
import { revalidatePhoto } from '@/collections/Media/hooks/revalidatePhoto'
import { requireReachableStorage } from '@/collections/Media/hooks/requireReachableStorage'
import { ACCEPTED_MIME_TYPES } from '@/collections/Media/imagePolicy'
import { LICENCES } from '@/collections/Media/licences'
import { VISIBILITIES, visibilityVerdict } from '@/collections/Media/visibility'


export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: adminText('media:singular'), plural: adminText('media:plural') },
  access: {
    read: publicMediaOrEditor,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  admin: {
    useAsTitle: 'alt',
    listSearchableFields: ['caption', 'credit', 'alt'],
    defaultColumns: ['filename', 'alt', 'visibility', 'faceCheck', 'demoReport', 'takenAt'],
    group: adminText('groups:content'),
    description: adminText('media:description'),
  },
  defaultSort: '-takenAt',
  // The archive counts and pages public photos by date, a year at a time: see Articles.
  // The admin list sorted by visibility, either way (see plugins/tiesFollowTheSort.ts): 0.3 s without.
  indexes: [{ fields: ['visibility', 'takenAt'] }, { fields: ['visibility', 'createdAt'] }],
  endpoints: [blurEndpoint, facesReviewedEndpoint],
  upload: {
    staticDir: env().mediaDir,
    mimeTypes: ACCEPTED_MIME_TYPES,
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    // cacheByVisibility only sets headers; the bucket's handler (added by the S3 plugin) or, without a bucket, serveFromFolder sends the file with them.
    handlers: [cacheByVisibility, serveFromFolder],
    // Sizes wider than the upload come back empty (never enlarged): templates fall back to the original.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 72 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 78 } } },
      // Link previews: the crop social networks expect, around the focal point.
      { name: 'og', width: 1200, height: 630, formatOptions: { format: 'jpeg', options: { quality: 80 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      localized: true,
      label: adminText('media:alt:label'),
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: adminText('media:alt:description') },
    },
    { name: 'caption', localized: true, label: adminText('media:caption:label'), type: 'textarea', maxLength: 1000 },
    {
      type: 'row',
      fields: [
        {
          name: 'credit',
          label: adminText('media:credit:label'),
          type: 'text',
          maxLength: 120,
          admin: { width: '50%', description: adminText('media:credit:description') },
        },
        {
          name: 'licence',
          label: adminText('media:licence:label'),
          type: 'select',
          required: true,
          defaultValue: 'all-rights-reserved',
          options: LICENCES.map(({ value }) => ({ value, label: adminText(`media:licence:options:${value}`) })),
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'visibility',
      label: adminText('media:visibility:label'),
      type: 'radio',
      required: true,
      defaultValue: 'review',
      options: VISIBILITIES.map((value) => ({ label: adminText(`media:visibility:options:${value}`), value })),
      access: { create: isEditorOrAdmin, update: isEditorOrAdmin },
      admin: {
        position: 'sidebar',
        description: adminText('media:visibility:description'),
      },
      validate: saidInEditorsLanguage(
        (value: unknown, { siblingData, previousValue }: { siblingData: Partial<{ alt: string | null }>; previousValue?: unknown; req: PayloadRequest }) =>
          visibilityVerdict(value, previousValue, siblingData.alt),
      ),
    },
    {
      name: 'takenAt',
      label: adminText('media:takenAt:label'),
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: adminText('media:takenAt:description'),
      },
    },
    { name: 'demoReport', label: adminText('media:demoReport:label'), type: 'relationship', relationTo: 'demo-reports', filterOptions: mustExist, index: true },
    { name: 'topics', label: adminText('fields:topics:label'), type: 'relationship', relationTo: 'topics', filterOptions: mustExist, hasMany: true },
    {
      name: 'showsBanner',
      label: adminText('media:showsBanner:label'),
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: adminText('media:showsBanner:description') },
    },
    {
      name: 'blurTool',
      label: adminText('media:blurTool:label'),
      type: 'ui',
      admin: { components: { Field: '/components/admin/BlurTool#BlurTool' } },
    },
    ...faceFields,
    {
      name: 'placeholder',
      label: adminText('media:placeholder:label'),
      type: 'text',
      admin: { hidden: true, readOnly: true },
    },
  ],
  hooks: {
    // The guards every collection gets run first (apiGuards/guardEveryRequest): a malformed request is
    // refused before any work is done on the picture.
    beforeOperation: [noteUploadStarts, cleanUploadedImage],
    beforeChange: [recordCleanedImage, markFacesPending, requireFacesLookedAt, requireReachableStorage],
    afterChange: [queueFaceDetection, revalidatePhoto.afterChange],
    afterDelete: [revalidatePhoto.afterDelete],
    afterOperation: [noteUploadEnds],
  },
}
