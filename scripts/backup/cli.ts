import { ConfigError } from '@/lib/startup/env'

import { BackupError } from '@/scripts/backup/BackupError'

/**
 * Runs a backup command: an expected failure (bad settings, a refused archive, a database that
 * cannot be reached) is one line on stderr and exit code 1; anything else is a bug and keeps its stack.
 */
export async function runCommand(failure: string, main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (error) {
    const expected = error instanceof BackupError || error instanceof ConfigError || isArgumentError(error)
    if (!expected) throw error
    console.error(`${failure}: ${(error as Error).message}`)
    process.exitCode = 1
  }
}

/** node:util's parseArgs rejects unknown or malformed options with these codes. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? ''
  return code.startsWith('ERR_PARSE_ARGS_')
}
