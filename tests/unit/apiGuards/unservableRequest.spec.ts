import type { IncomingMessage } from 'node:http'

import { describe, expect, it } from '@jest/globals'

import { unservableRequest } from '@/apiGuards/unservableRequest'

const request = (method: string, url: string, headers: Record<string, string> = {}) =>
  ({ method, url, headers }) as unknown as IncomingMessage

describe('requests the server refuses before Next sees them', () => {
  it.each([
    ['an unknown method', request('TRACE', '/'), 405],
    ['a broken percent-escape', request('GET', '/news/%E0%A4%A'), 400],
    ['a name every object has, where a collection belongs', request('GET', '/api/constructor/1'), 404],
    ['a limit that is not a whole number', request('GET', '/api/articles?limit=1e309'), 400],
    ['a limit given as a list', request('GET', '/api/payload-preferences?limit[]=1'), 400],
    ['a page given as an object', request('GET', '/api/payload-locked-documents?page%5Ba%5D=1'), 400],
    ['a depth given twice', request('GET', '/api/articles?depth=1&depth=2'), 400],
    ['a page past the bounds', request('GET', '/api/articles?page=0'), 400],
    ['a limit past the bounds on one of Payload\'s own collections', request('GET', '/api/payload-jobs?limit=100001'), 400],
    ['a where-clause nested too deep', request('GET', `/api/payload-locked-documents?where${'[or][0]'.repeat(9)}[id][equals]=1`), 400],
    ['email verification, which accounts here do not use', request('POST', '/api/users/verify/abc'), 404],
    [
      'a query override with a JSON body',
      request('POST', '/api/articles', { 'x-http-method-override': 'GET', 'content-type': 'application/json' }),
      415,
    ],
  ])('refuses %s', (_case, req, status) => {
    expect(unservableRequest(req)).toEqual(expect.objectContaining({ status, message: expect.any(String) }))
  })

  it.each([
    ['a page', request('GET', '/news?page=2')],
    ['a REST read with numbers', request('GET', '/api/articles?limit=12&page=3&depth=1')],
    ['an anonymous ask for too much, brought down to a first page by the hooks', request('GET', '/api/topics?limit=1000000')],
    [
      'a query override form-encoded, as the admin sends it',
      request('POST', '/api/media', { 'x-payload-http-method-override': 'GET', 'content-type': 'application/x-www-form-urlencoded' }),
    ],
    ['a JSON write', request('POST', '/api/articles', { 'content-type': 'application/json' })],
  ])('passes %s on', (_case, req) => {
    expect(unservableRequest(req)).toBeNull()
  })
})
