import { describe, expect, it } from '@jest/globals'
import type { CollectionBeforeOperationHook, Config, Payload } from 'payload'

import { collectionGuards, globalGuards, guardEveryRequest, guardPayloadsOwnEntities } from '@/apiGuards/guardEveryRequest'

const own: CollectionBeforeOperationHook = ({ args }) => args
const fileHandler = () => new Response(null, { status: 404 })

const config = (onInit?: Config['onInit']) =>
  ({
    collections: [
      { slug: 'notes', fields: [] },
      { slug: 'photos', fields: [], upload: { handlers: [fileHandler] }, hooks: { beforeOperation: [own] } },
    ],
    globals: [{ slug: 'settings', fields: [] }],
    onInit,
  }) as unknown as Config

describe('guardEveryRequest', () => {
  it('puts the guards first on every collection and global, keeping their own hooks after them', async () => {
    const guarded = await guardEveryRequest(config())
    expect(guarded.collections?.map((collection) => collection.hooks?.beforeOperation)).toEqual([collectionGuards, [...collectionGuards, own]])
    expect(guarded.globals?.[0].hooks?.beforeOperation).toEqual(globalGuards)
  })

  it('applies each guard once, however often it runs', async () => {
    const twice = await guardEveryRequest(await guardEveryRequest(config()))
    expect(twice.collections?.[1].hooks?.beforeOperation).toEqual([...collectionGuards, own])
  })

  it('runs after every other plugin', () => {
    expect(guardEveryRequest.order).toBe(Number.MAX_SAFE_INTEGER)
  })

  it("wraps an upload collection's file handlers so a missing file answers a JSON 404", async () => {
    const guarded = await guardEveryRequest(config())
    const upload = guarded.collections?.[1].upload as { handlers: ((...args: unknown[]) => Promise<Response>)[] }
    const req = { headers: new Headers(), payload: { config: {}, logger: { error: () => undefined } } }
    const response = await upload.handlers[0](req, { params: { collection: 'photos', filename: 'x.jpg' } })
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
  })

  it("guards the collections and globals Payload adds after plugins, then runs the config's own onInit", async () => {
    let initialised: unknown
    const onInit = async (payload: Payload) => {
      initialised = payload
    }
    const guarded = await guardEveryRequest(config(onInit))
    const preferences = { slug: 'payload-preferences', hooks: { beforeOperation: [] as unknown[] } }
    const jobStats = { slug: 'payload-jobs-stats', hooks: { beforeOperation: [] as unknown[] } }
    const payload = { config: { collections: [preferences], globals: [jobStats] } } as unknown as Payload
    await guarded.onInit?.(payload)
    expect(preferences.hooks.beforeOperation).toEqual(collectionGuards)
    expect(jobStats.hooks.beforeOperation).toEqual(globalGuards)
    expect(initialised).toBe(payload)
    guardPayloadsOwnEntities(payload)
    expect(preferences.hooks.beforeOperation).toEqual(collectionGuards)
  })
})
