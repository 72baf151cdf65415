/**
 * Malformed, oversized and hostile input against every public route and REST endpoint of one
 * production server. Every answer must come within 2 s, never be a server error or show the
 * server's insides, never show a visitor a draft or a photo in review, and a refused write must
 * leave nothing behind. `BAD_INPUT_TARGET` points the suite at a running server (see docs/testing.md).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { launchBrowser } from '@/tests/helpers/browser'

import { describeEscaping } from '@/tests/e2e/bad-input/escaping.cases'
import { neverShowToVisitors, summary } from '@/tests/e2e/bad-input/http'
import { describeJoinForm } from '@/tests/e2e/bad-input/joinForm.cases'
import { describeLeaks } from '@/tests/e2e/bad-input/leaks.cases'
import { asAdmin, plant, unplant } from '@/tests/e2e/bad-input/planted'
import { describePublicPages } from '@/tests/e2e/bad-input/publicPages.cases'
import { describeRemovalForm } from '@/tests/e2e/bad-input/removalForm.cases'
import { describeRestReads } from '@/tests/e2e/bad-input/restReads.cases'
import { describeRestWrites } from '@/tests/e2e/bad-input/restWrites.cases'
import { describeSignIn } from '@/tests/e2e/bad-input/signIn.cases'
import { attack, suite } from '@/tests/e2e/bad-input/suite'
import { openTarget } from '@/tests/e2e/bad-input/target'
import { describeUploads } from '@/tests/e2e/bad-input/uploads.cases'

beforeAll(async () => {
  suite.target = await openTarget()
  suite.planted = await plant(suite.target)
  neverShowToVisitors(...suite.planted.secrets)
  suite.browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  console.log(summary())
  await suite.browser?.close()
  if (suite.target) {
    for (const { collection, id } of suite.created) await asAdmin(suite.target, 'DELETE', `/${collection}/${id}`).catch(() => undefined)
    if (suite.planted) await unplant(suite.target, suite.planted)
    await suite.target.close()
  }
}, 60_000)

// First: the join form takes 10 sendings an hour from one address, and the other cases post to its pages too.
describeJoinForm()
describeRemovalForm()
describePublicPages()
describeRestReads()
describeRestWrites()
describeUploads()
describeSignIn()
describeEscaping()
describeLeaks()

describe('after everything', () => {
  it('the server is healthy, and no prototype was polluted into letting visitors in', async () => {
    expect((await attack('health', { path: '/api/health' })).status).toBe(200)
    expect((await attack('health', { path: '/api/users' })).status).toBe(403)
    expect(JSON.parse((await attack('health', { path: '/api/users/me' })).text).user).toBeNull()
    const home = await attack('health', { path: '/' })
    expect(home.status).toBe(200)
    expect(home.text).toContain('<h1')
  })
})
