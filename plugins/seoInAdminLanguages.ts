import type { Field, Plugin } from 'payload'

import { adminText } from '@/i18n/adminText'

const SEO_FIELD_LABELS = {
  overview: adminText('seo:overview:label'),
  title: adminText('seo:title:label'),
  description: adminText('seo:description:label'),
  image: adminText('seo:image:label'),
  preview: adminText('seo:preview:label'),
}

/** The SEO plugin names its fields in English only (and states another site's upload limit); ours speak the editor's language. */
export function withSeoLabels(field: Field): Field {
  if (!('name' in field) || !(field.name in SEO_FIELD_LABELS)) return field
  const label = SEO_FIELD_LABELS[field.name as keyof typeof SEO_FIELD_LABELS]
  if (field.name !== 'image') return { ...field, label } as Field
  return { ...field, label, admin: { ...field.admin, description: adminText('seo:image:description') } } as Field
}

/** The plugin's group label is fixed to 'SEO' after our field options run, so it is relabelled once the plugin is done. */
export function seoGroupInAdminLanguages(seo: Plugin): Plugin {
  return async (incoming) => {
    const config = await seo(incoming)
    return {
      ...config,
      collections: config.collections?.map((collection) => ({
        ...collection,
        fields: collection.fields.map((field) =>
          field.type === 'group' && 'name' in field && field.name === 'meta' ? { ...field, label: adminText('seo:label') } : field,
        ),
      })),
    }
  }
}
