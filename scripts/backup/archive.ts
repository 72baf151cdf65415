import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Readable, Transform, type Writable } from 'node:stream'
import { finished, pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { Parser, type ReadEntry, WriteEntry } from 'tar'

import { BackupError } from '@/scripts/backup/BackupError'
import { type ArchivedFile, isSafeMemberPath, MANIFEST, type Manifest, parseManifest } from '@/scripts/backup/manifest'

export type Member = { name: string; source: string }

/** A manifest lists the files of a large media folder; a bigger one is not ours. */
const MAX_MANIFEST_BYTES = 64 * 2 ** 20

async function* tarStream(members: Member[]): AsyncGenerator<Buffer> {
  for (const { name, source } of members) {
    // A fresh link cache per member: hard-linked uploads (sample photos share files) are stored as
    // plain files, so a restore only ever has plain files to check and write.
    yield* new WriteEntry(name, { absolute: source, portable: true, strict: true, linkCache: new Map() })
  }
  // Two empty blocks end a tar archive.
  yield Buffer.alloc(1024)
}

/** Writes the members, in order, as a gzipped tar archive readable only by its owner. */
export async function writeArchive(file: string, members: Member[]): Promise<void> {
  await pipeline(Readable.from(tarStream(members)), zlib.createGzip(), fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }))
}

type ReadOptions = {
  /** Called once the manifest is read, before any other member; throw to refuse the archive. */
  onManifest?: (manifest: Manifest) => void
  /** Where to write a member's bytes; without it the archive is only checked. */
  extractTo?: (member: string) => string
}

/**
 * Reads an archive written by `writeArchive` and proves it whole: the manifest comes first, every
 * other member is a plain file the manifest lists, once, with its size and sha256, and every listed
 * file is present. The first problem stops the reading with a `BackupError`.
 */
export async function readArchive(file: string, { onManifest, extractTo }: ReadOptions = {}): Promise<Manifest> {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist`)
  const input = fs.createReadStream(file)
  const parser = new Parser({ strict: true })
  /** Every member's hashing and writing, settled once it is checked (or has failed). */
  const streams: Writable[] = []
  const pending: Promise<void>[] = []
  const seen = new Set<string>()
  let manifest: Manifest | undefined
  let listed = new Map<string, ArchivedFile>()
  let failure: Error | undefined

  const refuse = (reason: string) => {
    failure ??= new BackupError(`${path.basename(file)} cannot be used: ${reason}`)
    parser.abort(failure)
    input.destroy()
  }

  const readManifest = (entry: ReadEntry) => {
    if (entry.size > MAX_MANIFEST_BYTES) return refuse(`${MANIFEST} is larger than ${MAX_MANIFEST_BYTES} bytes`)
    const chunks: Buffer[] = []
    entry.on('data', (chunk: Buffer) => chunks.push(chunk))
    entry.on('end', () => {
      try {
        manifest = parseManifest(Buffer.concat(chunks).toString('utf8'))
        listed = new Map(manifest.files.map((file) => [file.path, file]))
        onManifest?.(manifest)
      } catch (error) {
        failure ??= error as Error
        parser.abort(failure)
        input.destroy()
      }
    })
  }

  const readFile = (entry: ReadEntry, expected: ArchivedFile) => {
    if (entry.size !== expected.size) return refuse(`${entry.path} is ${entry.size} bytes, the manifest says ${expected.size}`)
    // One consumer for the member's bytes: a second listener would miss what the first was handed.
    const hash = createHash('sha256')
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk)
        done(null, chunk)
      },
    })
    const checked = finished(hashing, { readable: false }).then(() => {
      if (hash.digest('hex') !== expected.sha256) refuse(`the checksum of ${entry.path} does not match the manifest`)
    })
    pending.push(checked.catch((error: Error) => refuse(`reading ${entry.path} failed: ${error.message}`)))
    streams.push(hashing)
    entry.pipe(hashing)
    if (!extractTo) {
      hashing.resume()
      return
    }
    const destination = extractTo(entry.path)
    fs.mkdirSync(path.dirname(destination), { recursive: true })
    const output = fs.createWriteStream(destination, { flags: 'wx' })
    hashing.pipe(output)
    streams.push(output)
    pending.push(finished(output).catch((error: Error) => refuse(`writing ${destination} failed: ${error.message}`)))
  }

  parser.on('entry', (entry: ReadEntry) => {
    if (failure) return entry.resume()
    const first = seen.size === 0
    if (seen.has(entry.path)) return refuse(`${entry.path} appears twice`)
    seen.add(entry.path)
    if (entry.type !== 'File') return refuse(`${entry.path} is a ${entry.type}, not a plain file`)
    if (first) {
      if (entry.path !== MANIFEST) return refuse(`it does not start with ${MANIFEST}`)
      return readManifest(entry)
    }
    if (!isSafeMemberPath(entry.path)) return refuse(`${entry.path} is not a path inside database/ or media/`)
    const expected = listed.get(entry.path)
    if (!expected) return refuse(`${entry.path} is not listed in the manifest`)
    readFile(entry, expected)
  })

  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('error', reject)
      input.on('error', reject)
      parser.on('end', resolve)
      input.pipe(parser)
    })
  } catch (error) {
    // An aborted parser never ends the member it was reading.
    for (const stream of streams) stream.destroy()
    await Promise.all(pending)
    if (failure) throw failure
    throw new BackupError(`${path.basename(file)} cannot be read as a backup archive: ${(error as Error).message}`)
  }
  await Promise.all(pending)
  if (failure) throw failure
  if (!manifest) throw new BackupError(`${path.basename(file)} cannot be used: it holds no ${MANIFEST}`)
  const missing = manifest.files.filter((file) => !seen.has(file.path))
  if (missing.length > 0) {
    throw new BackupError(`${path.basename(file)} cannot be used: ${missing.length} listed files are missing, e.g. ${missing[0].path}`)
  }
  return manifest
}
