import { type CollectionConfig, headersWithCors } from 'payload'

import { FILE_NOT_FOUND } from '@/collections/Media/serveFromFolder'

/** One of `upload.handlers`: Payload calls each in turn until one answers with a Response. */
type FileHandler = NonNullable<Extract<CollectionConfig['upload'], object>['handlers']>[number]

const isJson = (response: Response) => response.headers.get('content-type')?.includes('application/json') === true

/**
 * A file route answers a file missing from its store with a 404 in the API's error shape, as
 * `serveFromFolder` does for the uploads folder. The bucket's handler (@payloadcms/storage-s3's
 * getFile) already answers 404 rather than 500 since payloadcms/payload#11733, but with no body; no
 * upstream issue asks for the JSON shape, which is this API's own.
 */
export function missingFileAnswers404(handler: FileHandler): FileHandler {
  // Payload's type has no `Promise<Response | void>`, though it awaits whatever a handler returns.
  return (async (...[req, args]: Parameters<FileHandler>) => {
    const response = await handler(req, args)
    if (!(response instanceof Response) || response.status !== 404 || isJson(response)) return response
    await response.body?.cancel()
    if (args.doc) req.payload.logger.error(`${args.params.filename} of ${args.params.collection} ${String(args.doc.id)} is missing from the file store`)
    return Response.json({ errors: [{ message: FILE_NOT_FOUND }] }, { status: 404, headers: headersWithCors({ headers: new Headers(), req }) })
  }) as FileHandler
}
