import fs from 'node:fs'
import path from 'node:path'

import { BackupError } from './BackupError'

/** Every file under the media folder, as sorted paths relative to it; none when it does not exist. */
export function listMediaFiles(mediaDir: string): string[] {
  if (!fs.existsSync(mediaDir)) return []
  const files: string[] = []
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(mediaDir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) files.push(child)
      else throw new BackupError(`${path.join(mediaDir, child)} is not a plain file; the media folder (MEDIA_DIR) should hold only uploads`)
    }
  }
  walk('')
  return files.sort()
}

/**
 * A folder is replaced by renaming its parent's entries, which fails for a mount point (a Docker
 * volume mounted at the media folder itself); say so before anything is touched.
 */
export function checkReplaceable(mediaDir: string): void {
  if (!fs.existsSync(mediaDir)) return
  if (fs.statSync(mediaDir).dev !== fs.statSync(path.dirname(mediaDir)).dev) {
    throw new BackupError(`${mediaDir} is a mount point and cannot be replaced as a whole; mount its parent folder instead`)
  }
}

/**
 * Puts the restored folder in place of the media folder with two renames (old aside, new in), then
 * deletes the old one, so the site never sees a mixture of the two.
 */
export function replaceMediaFolder(restored: string, mediaDir: string): void {
  // The restored folder was made private while it filled; it gets the permissions of the one it replaces.
  fs.chmodSync(restored, fs.existsSync(mediaDir) ? fs.statSync(mediaDir).mode & 0o7777 : 0o755)
  if (!fs.existsSync(mediaDir)) {
    fs.renameSync(restored, mediaDir)
    return
  }
  const aside = path.join(path.dirname(mediaDir), `.${path.basename(mediaDir)}.replaced-${process.pid}`)
  fs.renameSync(mediaDir, aside)
  fs.renameSync(restored, mediaDir)
  fs.rmSync(aside, { recursive: true, force: true })
}
