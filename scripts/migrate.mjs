// `npm run migrate`: applies the committed migrations to DATABASE_URL, once, before a roll-out. Many
// instances never migrate as they start: two starting together would race each other.
import { contentScriptEnv, runPayload } from './lib/payloadCli.mjs'

await runPayload(['run', 'scripts/migrate.ts'], {
  env: contentScriptEnv(),
  tookEffect: (output) => /Migrations: \d+ of \d+ applied|Nothing to migrate/.test(output),
})
