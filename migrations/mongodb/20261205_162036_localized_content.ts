import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import type { ClientSession, Collection, Document, Filter } from 'mongodb'

/*
 * Content localization (issue #15) on MongoDB, the counterpart of
 * migrations/20261205_162036_localized_content.ts. A localized field holds one value per language
 * (`title: { en: '…' }`); documents written before hold the bare value (`title: '…'`), which Payload
 * would no longer read. Every such value becomes the English version, in the documents, their
 * versions (under `version.`) and the site settings. Written by hand: MongoDB has no schema to
 * generate from. Each update matches only values still in the old shape, so running it again, or
 * on a database that already has translations, changes nothing.
 *
 * The field list is frozen here rather than read from the collections: a migration must do the same
 * thing whenever it runs, whatever the configuration has become since.
 */

/** The locale existing texts were written in: the default locale when localization arrived. */
const EXISTING_LOCALE = 'en'

/** How a field's value looked before: what tells the old shape from a map of languages. */
type Shape = 'text' | 'richText' | 'upload'

const SEO_FIELDS: Record<string, Shape> = { 'meta.title': 'text', 'meta.description': 'text', 'meta.image': 'upload' }

/** Per collection, the fields that became localized (the SEO plugin localizes its own). */
const LOCALIZED_FIELDS: Record<string, Record<string, Shape>> = {
  articles: { title: 'text', standfirst: 'text', body: 'richText', ...SEO_FIELDS },
  'demo-reports': { title: 'text', cause: 'text', participation: 'text', body: 'richText', ...SEO_FIELDS },
  topics: { name: 'text', description: 'text' },
  media: { alt: 'text', caption: 'text' },
}

const SITE_SETTINGS = { globalType: 'site-settings' }
const SITE_SETTINGS_FIELDS: Record<string, Shape> = { tagline: 'text', about: 'text', footerText: 'text' }

/** Documents whose value at `path` is still a bare value: a string, a rich-text root, an upload's id. */
function bareValue(path: string, shape: Shape): Filter<Document> {
  if (shape === 'richText') return { [`${path}.root`]: { $exists: true } }
  return { [path]: { $type: shape === 'upload' ? ['objectId', 'string'] : 'string' } }
}

/** Documents whose value at `path` is a map of languages. */
function localizedValue(path: string, shape: Shape): Filter<Document> {
  if (shape === 'richText') return { [path]: { $type: 'object' }, [`${path}.root`]: { $exists: false } }
  return { [path]: { $type: 'object' } }
}

async function localize(collection: Collection, fields: Record<string, Shape>, prefix: string, scope: Filter<Document>, session?: ClientSession) {
  for (const [field, shape] of Object.entries(fields)) {
    const path = `${prefix}${field}`
    await collection.updateMany({ ...scope, ...bareValue(path, shape) }, [{ $set: { [path]: { [EXISTING_LOCALE]: `$${path}` } } }], { session })
  }
}

async function unlocalize(collection: Collection, fields: Record<string, Shape>, prefix: string, scope: Filter<Document>, session?: ClientSession) {
  for (const [field, shape] of Object.entries(fields)) {
    const path = `${prefix}${field}`
    await collection.updateMany({ ...scope, ...localizedValue(path, shape) }, [{ $set: { [path]: `$${path}.${EXISTING_LOCALE}` } }], { session })
  }
}

/** The navigation's labels sit in an array: each item's label is rewritten where it is still bare. */
function navigationLabels(direction: 'up' | 'down') {
  const label = '$$item.label'
  const rewrite =
    direction === 'up'
      ? { $cond: [{ $eq: [{ $type: label }, 'string'] }, { $mergeObjects: ['$$item', { label: { [EXISTING_LOCALE]: label } }] }, '$$item'] }
      : { $cond: [{ $eq: [{ $type: label }, 'object'] }, { $mergeObjects: ['$$item', { label: `${label}.${EXISTING_LOCALE}` }] }, '$$item'] }
  return [{ $set: { navigation: { $map: { input: '$navigation', as: 'item', in: rewrite } } } }]
}

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  for (const [slug, fields] of Object.entries(LOCALIZED_FIELDS)) {
    await localize(payload.db.collections[slug].collection, fields, '', {}, session)
    const versions = payload.db.versions[slug]
    if (versions) await localize(versions.collection, fields, 'version.', {}, session)
  }
  const globals = payload.db.globals.collection
  await localize(globals, SITE_SETTINGS_FIELDS, '', SITE_SETTINGS, session)
  await globals.updateMany({ ...SITE_SETTINGS, navigation: { $elemMatch: { label: { $type: 'string' } } } }, navigationLabels('up'), { session })
}

/** Back to bare values, in English: other languages have nowhere to go. */
export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  for (const [slug, fields] of Object.entries(LOCALIZED_FIELDS)) {
    await unlocalize(payload.db.collections[slug].collection, fields, '', {}, session)
    const versions = payload.db.versions[slug]
    if (versions) await unlocalize(versions.collection, fields, 'version.', {}, session)
  }
  const globals = payload.db.globals.collection
  await unlocalize(globals, SITE_SETTINGS_FIELDS, '', SITE_SETTINGS, session)
  await globals.updateMany({ ...SITE_SETTINGS, navigation: { $elemMatch: { label: { $type: 'object' } } } }, navigationLabels('down'), { session })
}
