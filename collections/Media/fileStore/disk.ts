import fs from 'node:fs/promises'
import path from 'node:path'

import type { FileStore } from '@/collections/Media/fileStore/types'

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/** Every plain file under `dir`, as sorted paths relative to it; none when it does not exist. */
async function walk(dir: string, relative = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true }).catch((error: unknown) => {
    if (isMissing(error)) return []
    throw error
  })
  const files: string[] = []
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...(await walk(dir, child)))
    else if (entry.isFile()) files.push(child)
    else throw new Error(`${path.join(dir, child)} is not a plain file; the media folder (MEDIA_DIR) should hold only uploads`)
  }
  return files
}

/** The uploads folder (MEDIA_DIR), where Payload itself writes when no bucket is configured. */
export function diskStore(dir: string): FileStore {
  const at = (name: string) => path.join(dir, name)
  return {
    description: dir,
    read: (name) => fs.readFile(at(name)),
    async write(name, data) {
      await fs.mkdir(path.dirname(at(name)), { recursive: true })
      await fs.writeFile(at(name), data)
    },
    async copy(from, to) {
      await fs.mkdir(path.dirname(at(to)), { recursive: true })
      await fs.link(at(from), at(to))
    },
    async delete(name) {
      await fs.rm(at(name), { force: true })
      // Folders left empty go too, so the uploads folder keeps holding uploads only.
      for (let folder = path.dirname(name); folder !== '.'; folder = path.dirname(folder)) {
        if (!(await fs.rmdir(at(folder)).then(() => true, () => false))) break
      }
    },
    exists: (name) =>
      fs.access(at(name)).then(
        () => true,
        () => false,
      ),
    async list(prefix = '') {
      const files = await walk(dir, prefix.replace(/\/$/, ''))
      return files.sort()
    },
  }
}
