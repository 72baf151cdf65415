import { describe, expect, it } from '@jest/globals'

import { boundAnonymousReads } from '@/apiGuards/boundAnonymousReads'
import { bounds } from '@/apiGuards/bounds'

const read = (args: Record<string, unknown>, req: Record<string, unknown> = { payloadAPI: 'REST' }, operation = 'read') =>
  boundAnonymousReads({ args, operation, req } as never) as Record<string, unknown>

describe('boundAnonymousReads', () => {
  it.each([
    ['everything (limit 0)', 0],
    ['a million', 1_000_000],
    ['a negative number', -5],
    ['not a number', Number.NaN],
  ])('brings an anonymous ask for %s down to one page of the most documents', (_case, limit) => {
    expect(read({ limit, pagination: false })).toEqual(expect.objectContaining({ limit: bounds.anonymous.limit, pagination: true }))
  })

  it('keeps an anonymous ask within bounds as it is', () => {
    expect(read({ limit: 20 }).limit).toBe(20)
  })

  it('leaves signed-in editors, the Local API and writes alone', () => {
    const args = { limit: 0, pagination: false }
    expect(read(args, { payloadAPI: 'REST', user: { id: 1 } })).toBe(args)
    expect(read(args, { payloadAPI: 'local' })).toBe(args)
    expect(read(args, { payloadAPI: 'REST' }, 'update')).toBe(args)
  })
})
