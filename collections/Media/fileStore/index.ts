import { env, type S3Config } from '@/lib/startup/env'

import { bucketStore } from '@/collections/Media/fileStore/bucket'
import { diskStore } from '@/collections/Media/fileStore/disk'
import type { FileStore } from '@/collections/Media/fileStore/types'

export type { FileStore } from '@/collections/Media/fileStore/types'

/** The bucket when one is configured, the uploads folder otherwise. */
export function fileStoreFor({ s3, mediaDir }: { s3: S3Config | null; mediaDir: string }): FileStore {
  return s3 ? bucketStore(s3) : diskStore(mediaDir)
}

let store: FileStore | undefined

/** Where this site's uploads are (S3_BUCKET or MEDIA_DIR). */
export function mediaFiles(): FileStore {
  store ??= fileStoreFor(env())
  return store
}
