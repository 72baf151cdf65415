import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Installs Debian packages when a file they provide is missing, as CI does (scripts/lib/install-debian-packages.sh). */
export function installWhenMissing(file: string, packages: string[]): void {
  if (fs.existsSync(file)) return
  const install = spawnSync(path.resolve('scripts/lib/install-debian-packages.sh'), packages, { stdio: 'inherit' })
  if (install.status !== 0 || !fs.existsSync(file)) throw new Error(`could not install ${packages.join(', ')}, which provide ${file}`)
}
