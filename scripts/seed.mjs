// `npm run seed`: adds the demo content (the leaflet, the London demo, topics, settings) where missing.
import { contentScriptEnv, runPayload } from './lib/payloadCli.mjs'

/** Runs the demo seed; with `onlyIfEmpty`, leaves a database that already has content alone. */
export async function seed({ onlyIfEmpty = false, env = {} } = {}) {
  await runPayload(['run', 'scripts/seed.ts'], {
    env: { ...contentScriptEnv(), ...env, SEED_ONLY_IF_EMPTY: String(onlyIfEmpty) },
    tookEffect: (output) => /Demo content seeded|nothing changed|already has content/.test(output),
  })
}

if (import.meta.url === `file://${process.argv[1]}`) await seed()
