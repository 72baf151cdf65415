import type { IncomingMessage } from 'node:http'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Field, Payload } from 'payload'

import { bounds } from '@/apiGuards/bounds'
import { collectionGuards, globalGuards } from '@/apiGuards/guardEveryRequest'
import { unservableRequest } from '@/apiGuards/unservableRequest'

import { createUser } from '@/tests/helpers/fixtures'
import { getTestPayload } from '@/tests/helpers/payload'
import { rest } from '@/tests/helpers/rest'

let payload: Payload
let adminToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ token: adminToken } = await createUser(payload, 'admin'))
})

const MALFORMED_WHERE = { id: { equals: { $ne: null } } }
const FIELD_TYPES_WITH_A_KIND = new Set(['text', 'textarea', 'email', 'number', 'date', 'checkbox', 'select'])

/** A top-level field the type check knows the kind of: a list sent to it is the wrong kind of value. */
const checkedField = (fields: Field[]) =>
  fields.find((field) => 'name' in field && FIELD_TYPES_WITH_A_KIND.has(field.type) && !('hasMany' in field && field.hasMany))

const server = (url: string) => unservableRequest({ method: 'GET', url, headers: {} } as unknown as IncomingMessage)

const statusOf = async (operation: Promise<unknown>) => operation.then(() => 200, (error: { status?: number }) => error.status)

describe('every collection and global of the initialised config is guarded', () => {
  it("includes Payload's own collections, added after every plugin has run", () => {
    const slugs = payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['articles', 'users', 'payload-jobs', 'payload-preferences', 'payload-locked-documents', 'payload-migrations']))
  })

  it('runs the guards first on every collection and every global', () => {
    for (const collection of payload.config.collections) {
      expect({ slug: collection.slug, first: collection.hooks.beforeOperation.slice(0, collectionGuards.length) }).toEqual({ slug: collection.slug, first: collectionGuards })
    }
    for (const global of payload.config.globals) {
      expect({ slug: global.slug, first: global.hooks.beforeOperation.slice(0, globalGuards.length) }).toEqual({ slug: global.slug, first: globalGuards })
    }
  })

  it('refuses a malformed where-clause with a 400 on every collection, through the Local API', async () => {
    for (const { slug } of payload.config.collections) {
      const status = await statusOf(payload.find({ collection: slug, where: MALFORMED_WHERE, overrideAccess: true }))
      expect({ slug, status }).toEqual({ slug, status: 400 })
    }
  })

  it('refuses a malformed where-clause with a 400 on every collection REST serves, before access is decided', async () => {
    for (const { slug, endpoints } of payload.config.collections) {
      if (endpoints === false) continue
      for (const token of [undefined, adminToken]) {
        const response = await rest('GET', `/${slug}?where[id][equals][$ne]=1`, { token })
        expect({ slug, signedIn: Boolean(token), status: response.status }).toEqual({ slug, signedIn: Boolean(token), status: 400 })
      }
    }
  })

  it('refuses a document whose field holds the wrong kind of value with a 400, in every collection and global', async () => {
    for (const { slug, fields } of payload.config.collections) {
      const field = checkedField(fields)
      if (!field || !('name' in field)) throw new Error(`${slug} has no field to prove the type check on`)
      const status = await statusOf(payload.create({ collection: slug, data: { [field.name]: ['a list'] } as never, overrideAccess: true }))
      expect({ slug, field: field.name, status }).toEqual({ slug, field: field.name, status: 400 })
    }
    for (const { slug, fields } of payload.config.globals) {
      const field = checkedField(fields)
      if (!field || !('name' in field)) throw new Error(`${slug} has no field to prove the type check on`)
      const status = await statusOf(payload.updateGlobal({ slug, data: { [field.name]: ['a list'] } as never, overrideAccess: true }))
      expect({ slug, field: field.name, status }).toEqual({ slug, field: field.name, status: 400 })
    }
  })

  it("answers an id that cannot exist with a 404 on every collection", async () => {
    for (const { slug } of payload.config.collections) {
      const status = await statusOf(payload.findByID({ collection: slug, id: 'not-an-id', overrideAccess: true }))
      expect({ slug, status }).toEqual({ slug, status: 404 })
    }
  })

  it("is refused the same bounds by the server before Payload, on every collection's routes, Payload's own included", () => {
    const nested = `where${'[and][0]'.repeat(bounds.where.depth + 1)}[id][equals]=1`
    for (const { slug } of payload.config.collections) {
      for (const query of ['limit=abc', 'page=0', 'depth[]=1', nested]) {
        expect({ slug, query, status: server(`/api/${slug}?${query}`)?.status }).toEqual({ slug, query, status: 400 })
      }
      if (slug.startsWith('payload-')) {
        expect(server(`/api/${slug}?limit=${bounds.limit.max + 1}`)?.status).toBe(400)
      }
    }
  })
})
