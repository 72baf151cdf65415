import * as migration_20261205_162036_localized_content from '@/migrations/mongodb/20261205_162036_localized_content'
import * as migration_20261206_010943_untranslated from '@/migrations/mongodb/20261206_010943_untranslated'

/*
 * MongoDB's committed migrations, applied as SQLite's are (lib/startup/databaseAdapter.ts,
 * `npm run migrate`). MongoDB has no schema to migrate: these rewrite data whose shape changed, and
 * are written by hand. The list has the shape Payload's `migrate:create` writes, with the alias
 * import the lint asks for.
 */
export const migrations = [
  {
    up: migration_20261205_162036_localized_content.up,
    down: migration_20261205_162036_localized_content.down,
    name: '20261205_162036_localized_content',
  },
  {
    up: migration_20261206_010943_untranslated.up,
    down: migration_20261206_010943_untranslated.down,
    name: '20261206_010943_untranslated',
  },
]
