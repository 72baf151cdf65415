import { describe, expect, it } from '@jest/globals'

import { freePort, startServerExpectingExit } from '@/scripts/lib/productionServer'

/** The one line the server prints about why it stopped (Payload's own logs may surround it). */
function reason(output: string): string {
  return output.split('\n').find((line) => line.startsWith('solidarity-news cannot start:')) ?? output
}

describe('start-up with bad settings', () => {
  it('stops with one line naming DATABASE_URL and the accepted forms', async () => {
    const result = await startServerExpectingExit({ DATABASE_URL: 'postgres://localhost/news' })
    expect(result.code).not.toBe(0)
    const line = reason(result.output)
    expect(line).toContain('DATABASE_URL')
    expect(line).toContain('mongodb://')
    expect(line).toContain('file:')
  })

  it('stops within 15 s with a clear message when MongoDB cannot be reached', async () => {
    const closedPort = await freePort()
    const result = await startServerExpectingExit({ DATABASE_URL: `mongodb://127.0.0.1:${closedPort}/news` })
    expect(result.code).not.toBe(0)
    expect(result.seconds).toBeLessThan(15)
    expect(reason(result.output)).toMatch(/^solidarity-news cannot start: cannot connect to MongoDB/)
  })

  it('stops with one line when SMTP_URL is not an address, never repeating it (it carries a password)', async () => {
    const result = await startServerExpectingExit({ SMTP_URL: 'smtp://user:s3cret-password@[mail.example.org:587', EMAIL_FROM: 'Group <news@example.org>' })
    expect(result.code).not.toBe(0)
    expect(reason(result.output)).toMatch(/^solidarity-news cannot start: SMTP_URL is not an address/)
    expect(result.output).not.toContain('s3cret-password')
  })

  it('refuses to run in production without PAYLOAD_SECRET', async () => {
    const result = await startServerExpectingExit({ PAYLOAD_SECRET: '' })
    expect(result.code).not.toBe(0)
    expect(reason(result.output)).toContain('PAYLOAD_SECRET is required')
  })
})
