import { spawn } from 'node:child_process'

import { seed } from '@/scripts/seed.mjs'

function npmRun(script: string, env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit', env: env as NodeJS.ProcessEnv })
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run ${script} failed with exit code ${code}`))))
  })
}

/**
 * Readies the database every instance shares, once, before any of them starts: the committed
 * migrations (instances of a cluster never apply them themselves: two would race), then the demo
 * content where the database is empty, as `npm run demo` does, its photos going to the shared bucket.
 */
export async function prepareSharedContent(env: Record<string, string>): Promise<void> {
  const settings: Record<string, string> = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env }
  // The caller's Node flags (jest's) are no business of the migration script, which sets its own.
  await npmRun('migrate', { ...process.env, NODE_OPTIONS: '', ...settings })
  await seed({ onlyIfEmpty: true, env: settings })
}
