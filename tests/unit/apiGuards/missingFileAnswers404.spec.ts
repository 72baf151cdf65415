import { describe, expect, it } from '@jest/globals'

import { missingFileAnswers404 } from '@/apiGuards/missingFileAnswers404'
import { FILE_NOT_FOUND } from '@/collections/Media/serveFromFolder'

const errors: string[] = []
const req = { headers: new Headers(), payload: { config: { cors: [] }, logger: { error: (message: string) => errors.push(message) } } }
const args = (doc?: { id: number }) => ({ doc, headers: new Headers(), params: { collection: 'media', filename: 'lost.jpg' } })

const serve = (answer: Response | void) => missingFileAnswers404(() => answer)(req as never, args({ id: 7 }) as never)

describe('missingFileAnswers404', () => {
  it("turns a store's bodiless 404 into the API's JSON error, and tells the operator", async () => {
    const response = (await serve(new Response(null, { status: 404, statusText: 'Not Found' }))) as Response
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ errors: [{ message: FILE_NOT_FOUND }] })
    expect(errors).toEqual([expect.stringContaining('lost.jpg of media 7')])
  })

  it('passes a file, a JSON 404 and no answer at all on unchanged', async () => {
    const file = new Response('bytes', { status: 200 })
    const json = Response.json({ errors: [{ message: FILE_NOT_FOUND }] }, { status: 404 })
    expect(await serve(file)).toBe(file)
    expect(await serve(json)).toBe(json)
    expect(await serve(undefined)).toBeUndefined()
  })
})
