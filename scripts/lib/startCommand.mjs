import fs from 'node:fs'
import path from 'node:path'

/**
 * What `npm start` runs after `node` (its flags and the server's file), read from package.json so
 * the demo, the tests and the benchmarks run the very process production runs.
 */
export function startCommand(root = process.cwd()) {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  const command = /\bnode ((?:--\S+ )*dist\/server\/index\.js)$/.exec(scripts.start)?.[1]
  if (!command) throw new Error(`package.json's start script no longer runs "node [flags] dist/server/index.js": ${scripts.start}`)
  return command.split(' ')
}
