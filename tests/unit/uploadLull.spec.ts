import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'

import { noteUpload, untilUploadsLull } from '@/lib/faces/uploadLull'

let now = 1_000_000_000

beforeEach(() => {
  // Each test starts a day after the last, so no photo of an earlier test is recent.
  now += 86_400_000
  jest.useFakeTimers({ now })
})
afterEach(() => {
  jest.useRealTimers()
})

/** Whether the promise has settled yet, read at any moment. */
function watch(promise: Promise<void>): () => boolean {
  let settled = false
  void promise.then(() => (settled = true))
  return () => settled
}

describe('a face check during a batch of uploads', () => {
  it('runs at once when no photo came lately', async () => {
    const done = watch(untilUploadsLull())
    await jest.advanceTimersByTimeAsync(0)
    expect(done()).toBe(true)
  })

  it('waits until photos stop coming for 2 s', async () => {
    noteUpload()
    const done = watch(untilUploadsLull())
    await jest.advanceTimersByTimeAsync(1_500)
    expect(done()).toBe(false)
    noteUpload()
    await jest.advanceTimersByTimeAsync(1_900)
    expect(done()).toBe(false)
    await jest.advanceTimersByTimeAsync(200)
    expect(done()).toBe(true)
  })

  it('is held back a minute at most by a stream that never pauses', async () => {
    noteUpload()
    const done = watch(untilUploadsLull())
    for (let second = 1; second < 60; second++) {
      await jest.advanceTimersByTimeAsync(1_000)
      noteUpload()
    }
    expect(done()).toBe(false)
    await jest.advanceTimersByTimeAsync(1_000)
    expect(done()).toBe(true)
  })
})
