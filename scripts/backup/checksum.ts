import { createHash } from 'node:crypto'
import fs from 'node:fs'

export type Digest = { size: number; sha256: string }

export async function fileDigest(file: string): Promise<Digest> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk)
    size += chunk.length
  }
  return { size, sha256: hash.digest('hex') }
}

export function bufferDigest(data: Buffer): Digest {
  return { size: data.length, sha256: createHash('sha256').update(data).digest('hex') }
}
