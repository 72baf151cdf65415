// `npm run search:rebuild`: builds the visitors' search index afresh from the published documents,
// public photos and topics. Hooks keep it current; this is for documents written without them.
import { contentScriptEnv, runPayload } from './lib/payloadCli.mjs'

await runPayload(['run', 'scripts/search-rebuild.ts'], {
  env: contentScriptEnv(),
  tookEffect: (output) => output.includes('Search index rebuilt:'),
})
