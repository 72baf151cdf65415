/**
 * Where the media collection's files live: a folder on this machine or a bucket. Names are paths
 * relative to the store's root with `/` between folders (uploads themselves sit at the root).
 */
export type FileStore = {
  /** What the store is, for messages: the folder or `s3://bucket`. */
  readonly description: string
  read(name: string): Promise<Buffer>
  write(name: string, data: Buffer): Promise<void>
  /**
   * A second name for the same bytes, as cheap as the store makes it (a hard link, a copy inside the
   * bucket). Stored files are never rewritten in place, so sharing their bytes is safe.
   */
  copy(from: string, to: string): Promise<void>
  /** Removes the file; nothing happens if it is already gone. */
  delete(name: string): Promise<void>
  exists(name: string): Promise<boolean>
  /** Every file under `prefix` (all of them without one), sorted. */
  list(prefix?: string): Promise<string[]>
}
