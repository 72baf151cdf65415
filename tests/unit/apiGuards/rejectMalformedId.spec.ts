import { describe, expect, it } from '@jest/globals'

import { bounds } from '@/apiGuards/bounds'
import { rejectMalformedId } from '@/apiGuards/rejectMalformedId'

const onDatabase = (defaultIDType: 'number' | 'text') => (id: unknown) => () =>
  rejectMalformedId({ args: { id }, operation: 'read', req: { payload: { db: { defaultIDType } }, t: (key: string) => key } } as never)

describe('rejectMalformedId', () => {
  const sqlite = onDatabase('number')
  const mongo = onDatabase('text')

  it('lets through ids that could exist, and operations without an id', () => {
    expect(sqlite(42)).not.toThrow()
    expect(sqlite('9'.repeat(bounds.numericIdDigits))).not.toThrow()
    expect(sqlite(undefined)).not.toThrow()
    expect(mongo('507f1f77bcf86cd799439011')).not.toThrow()
  })

  it.each([['abc'], ['1.5'], ['-1'], ['9'.repeat(bounds.numericIdDigits + 1)], [{ $gt: 1 }]])('answers the id %p on SQLite like an unknown document: 404', (id) => {
    expect(sqlite(id)).toThrow(expect.objectContaining({ status: 404 }))
  })

  it('answers an id that is not an ObjectId on MongoDB with a 404', () => {
    expect(mongo('42')).toThrow(expect.objectContaining({ status: 404 }))
  })
})
