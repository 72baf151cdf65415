import { ACCEPTED_FORMATS } from '@/collections/Media/imagePolicy'

const BY_EXTENSION = new Map<string, string>(
  Object.values(ACCEPTED_FORMATS).flatMap(({ mimeType, extensions }) => extensions.map((extension) => [extension, mimeType])),
)

/**
 * A stored file's type, from its name: every upload and size is re-encoded into one of the accepted
 * formats under a matching extension. Anything else is sent as opaque bytes, never as something a
 * browser would run.
 */
export function contentTypeOf(filename: string): string {
  const extension = filename.includes('.') ? filename.split('.').pop()!.toLowerCase() : ''
  return BY_EXTENSION.get(extension) ?? 'application/octet-stream'
}
