import fs from 'node:fs'
import path from 'node:path'

const START = /^((?:[A-Z_]+=\S+ )*)node ((?:--\S+ )*dist\/server\/index\.js)$/

/**
 * What `npm start` runs: the environment it sets and the arguments after `node` (its flags and the
 * server's file), read from package.json so the demo, the tests and the benchmarks run the very
 * process production runs.
 */
export function startCommand(root = process.cwd()) {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
  const match = START.exec(scripts.start)
  if (!match) throw new Error(`package.json's start script no longer reads "[NAME=value …] node [flags] dist/server/index.js": ${scripts.start}`)
  const env = Object.fromEntries(match[1].trim().split(' ').filter(Boolean).map((assignment) => assignment.split('=', 2)))
  return { env, args: match[2].split(' ') }
}
