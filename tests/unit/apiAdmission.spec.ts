import { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { describe, expect, it } from '@jest/globals'

import { createApiAdmission, isApiRead } from '@/server/apiAdmission'

const response = () => new EventEmitter() as unknown as ServerResponse
const request = (method: string, url: string) => ({ method, url }) as IncomingMessage

describe('API reads taken in turn', () => {
  it('holds back only reads worked out from the database', () => {
    expect(isApiRead(request('GET', '/api/articles?limit=12'))).toBe(true)
    expect(isApiRead(request('GET', '/api//graphql/'))).toBe(true)
    for (const [method, url] of [
      ['GET', '/api/media/file/photo-800x500.webp'],
      ['GET', '/api/health'],
      ['POST', '/api/articles'],
      ['GET', '/news'],
      ['GET', '/search?q=occupation'],
    ]) {
      expect(isApiRead(request(method, url))).toBe(false)
    }
  })

  it('runs a few at once and the rest in the order they came, each as a turn frees up', () => {
    const admit = createApiAdmission(2, 10)
    const started: number[] = []
    const responses = [0, 1, 2, 3].map(() => response())
    responses.forEach((res, index) => expect(admit(res, () => started.push(index))).toBe(true))
    expect(started).toEqual([0, 1])
    responses[1].emit('close')
    expect(started).toEqual([0, 1, 2])
    responses[0].emit('close')
    expect(started).toEqual([0, 1, 2, 3])
  })

  it('forgets a request whose visitor left while it waited, and turns new ones away when too many wait', () => {
    const admit = createApiAdmission(1, 2)
    const started: string[] = []
    const [first, gaveUp, third, fourth] = [response(), response(), response(), response()]
    admit(first, () => started.push('first'))
    admit(gaveUp, () => started.push('gave up'))
    admit(third, () => started.push('third'))
    expect(admit(fourth, () => started.push('fourth'))).toBe(false)
    gaveUp.emit('close')
    first.emit('close')
    expect(started).toEqual(['first', 'third'])
  })
})
