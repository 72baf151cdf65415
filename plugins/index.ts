import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field, Plugin } from 'payload'

import { mustExist } from '@/fields/mustExist'
import { refuseMalformedQueries } from '@/hooks/refuseMalformedQueries'

import { beforeEveryOperation } from './beforeEveryOperation'
import { boundAnonymousReads } from './boundAnonymousReads'
import { rejectMalformedId } from './rejectMalformedId'

type Titled = { title?: string; standfirst?: string | null; participation?: string | null }

export const plugins: Plugin[] = [
  beforeEveryOperation(rejectMalformedId),
  beforeEveryOperation(refuseMalformedQueries),
  beforeEveryOperation(boundAnonymousReads),
  seoPlugin({
    collections: ['articles', 'demo-reports'],
    uploadsCollection: 'media',
    generateTitle: ({ doc }) => (doc as Titled).title ?? '',
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        field.type === 'upload' ? ({ ...field, filterOptions: mustExist } as Field) : field,
      ),
    generateDescription: ({ doc }) => (doc as Titled).standfirst ?? (doc as Titled).participation ?? '',
  }),
]
