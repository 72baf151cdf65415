import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3'

import { contentTypeOf } from '@/collections/Media/contentTypes'
import type { S3Config } from '@/lib/startup/env'


import type { FileStore } from '@/collections/Media/fileStore/types'

/** How long to wait for the bucket: an endpoint that does not answer must fail an upload, not hang it. */
const TIMEOUT_MS = 10_000

/** The S3 client settings the storage plugin and our own code share. */
export function bucketClientConfig(s3: S3Config): S3ClientConfig {
  return {
    region: s3.region,
    ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
    ...(s3.credentials ? { credentials: s3.credentials } : {}),
    forcePathStyle: s3.forcePathStyle,
    // Newer SDKs add trailing checksums to every upload, which older S3-compatible servers refuse.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // Two tries: a bucket that does not answer is reported within seconds, while the editor waits.
    maxAttempts: 2,
    requestHandler: { connectionTimeout: TIMEOUT_MS, requestTimeout: TIMEOUT_MS },
  }
}

const isMissing = (error: unknown) => error instanceof NoSuchKey || error instanceof NotFound

/** A private bucket; object keys are the same names the files have in the uploads folder. */
export function bucketStore(s3: S3Config): FileStore {
  const client = new S3Client(bucketClientConfig(s3))
  const Bucket = s3.bucket
  return {
    description: `s3://${Bucket}`,
    async read(name) {
      const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: name }))
      return Buffer.from(await Body!.transformToByteArray())
    },
    async write(name, data) {
      // The bucket sends an object's stored type with it, so a file copied in without Payload needs one too.
      await client.send(new PutObjectCommand({ Bucket, Key: name, Body: data, ContentType: contentTypeOf(name) }))
    },
    async copy(from, to) {
      await client.send(new CopyObjectCommand({ Bucket, Key: to, CopySource: `${Bucket}/${encodeURIComponent(from).replaceAll('%2F', '/')}` }))
    },
    async delete(name) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: name }))
    },
    async exists(name) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: name }))
        return true
      } catch (error) {
        if (isMissing(error)) return false
        throw error
      }
    },
    async list(prefix) {
      const names: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }))
        names.push(...(page.Contents ?? []).map(({ Key }) => Key!))
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
      return names.sort()
    },
  }
}
