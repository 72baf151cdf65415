// `npm run media:to-bucket`: the upgrade from MEDIA_DIR to a bucket. Copies every upload into the
// bucket named by S3_BUCKET, reads each back to check its size and sha256, and skips objects that
// already match, so it can be run again after an interruption. Exits non-zero if any file failed.
import { bucketStore } from '@/collections/Media/fileStore/bucket'
import { diskStore } from '@/collections/Media/fileStore/disk'
import type { FileStore } from '@/collections/Media/fileStore'

import { BackupError } from '@/scripts/backup/BackupError'
import { bufferDigest, type Digest } from '@/scripts/backup/checksum'
import { runCommand } from '@/scripts/backup/cli'
import { formatSize } from '@/scripts/backup/formatSize'
import { storedData } from '@/scripts/backup/settings'

type Outcome = 'copied' | 'already there' | 'failed'

const sameDigest = (a: Digest, b: Digest) => a.size === b.size && a.sha256 === b.sha256

async function bucketDigest(bucket: FileStore, name: string): Promise<Digest | null> {
  return (await bucket.exists(name)) ? bufferDigest(await bucket.read(name)) : null
}

async function copyOne(folder: FileStore, bucket: FileStore, name: string): Promise<{ outcome: Outcome; size: number }> {
  const data = await folder.read(name)
  const local = bufferDigest(data)
  const before = await bucketDigest(bucket, name)
  if (before && sameDigest(before, local)) return { outcome: 'already there', size: local.size }
  await bucket.write(name, data)
  const after = await bucketDigest(bucket, name)
  if (after && sameDigest(after, local)) return { outcome: 'copied', size: local.size }
  console.error(`${name}: the bucket holds ${after ? `${after.size} bytes with another sha256` : 'nothing'} after the upload`)
  return { outcome: 'failed', size: 0 }
}

await runCommand('copying media to the bucket failed', async () => {
  const { mediaDir, s3 } = storedData()
  if (!s3) throw new BackupError('S3_BUCKET is not set: name the bucket (and S3_ENDPOINT, S3_REGION, credentials) the site will use')
  const folder = diskStore(mediaDir)
  const bucket = bucketStore(s3)
  const names = await folder.list()
  const counts: Record<Outcome, number> = { copied: 0, 'already there': 0, failed: 0 }
  let bytes = 0
  for (const name of names) {
    const { outcome, size } = await copyOne(folder, bucket, name).catch((error: Error) => {
      console.error(`${name}: ${error.message}`)
      return { outcome: 'failed' as const, size: 0 }
    })
    counts[outcome]++
    if (outcome === 'copied') bytes += size
  }
  console.log(
    `${names.length} files in ${folder.description}: ${counts.copied} copied to ${bucket.description} (${formatSize(bytes)}), ` +
      `${counts['already there']} already there, ${counts.failed} failed.`,
  )
  if (counts.failed > 0) {
    throw new BackupError(`${counts.failed} files were not copied; run npm run media:to-bucket again before setting S3_BUCKET on the site`)
  }
})
