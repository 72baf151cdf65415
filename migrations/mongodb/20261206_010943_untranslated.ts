import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/*
 * The admin's list of what still needs translating (issue #15) on MongoDB, the counterpart of
 * migrations/20261206_010943_untranslated.ts: each article, demo report and topic, and each of their
 * versions, gets `untranslated`, the languages its title (a topic: its name) is not written in.
 * Later saves keep it current (fields/untranslated.ts). Languages and fields are frozen here.
 */

/** The content languages when the field arrived, in the order the field lists them. */
const LANGUAGES = ['en', 'uk', 'ar']

const NAMING_FIELD: Record<string, string> = { articles: 'title', 'demo-reports': 'title', topics: 'name' }

/** The languages whose text at `path` is missing or blank, as an aggregation expression. */
function untranslated(path: string) {
  return {
    $concatArrays: LANGUAGES.map((code) => {
      const text = `$${path}.${code}`
      const written = { $and: [{ $eq: [{ $type: text }, 'string'] }, { $gt: [{ $strLenCP: { $trim: { input: text } } }, 0] }] }
      return { $cond: [written, [], [code]] }
    }),
  }
}

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  for (const [slug, naming] of Object.entries(NAMING_FIELD)) {
    await payload.db.collections[slug].collection.updateMany({}, [{ $set: { untranslated: untranslated(naming) } }], { session })
    const versions = payload.db.versions[slug]
    if (versions) await versions.collection.updateMany({}, [{ $set: { 'version.untranslated': untranslated(`version.${naming}`) } }], { session })
  }
}

export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  for (const slug of Object.keys(NAMING_FIELD)) {
    await payload.db.collections[slug].collection.updateMany({}, { $unset: { untranslated: '' } }, { session })
    const versions = payload.db.versions[slug]
    if (versions) await versions.collection.updateMany({}, { $unset: { 'version.untranslated': '' } }, { session })
  }
}
