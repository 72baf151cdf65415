import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

import { screenshot } from '@/tests/helpers/browser'
import { seededSite } from '@/tests/helpers/seededSite'
import { signInToAdmin } from '@/scripts/lib/seededServer'

const site = seededSite({ browser: true })
const SAMPLE = fs.readFileSync(path.join(process.cwd(), 'node_modules/@vladmandic/face-api/demo/sample1.jpg'))
let phone: Page

beforeAll(async () => {
  phone = await site.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true })
  await signInToAdmin(phone, site.server)
})

async function uploadCrowdPhoto(alt: string): Promise<Media> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(SAMPLE)], { type: 'image/jpeg' }), 'crowd.jpg')
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${site.server.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${site.token}` }, body: form })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Media }).doc
}

const stored = (id: number) => site.payload.findByID({ collection: 'media', id, depth: 0 })

/** The server's jobs runner looks for faces a few seconds after the upload. */
async function facesSuggested(id: number): Promise<Media> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const photo = await stored(id)
    if ((photo.faceCheck === 'suggested' && photo.faceBoxes?.length) || Date.now() > deadline) return photo
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

type Box = { x: number; y: number; width: number; height: number }

/** Drags a finger across `box` of the element's area, as a phone sends it: touch events, not a mouse. */
async function drawByTouch(page: Page, area: Box, box: Box) {
  const at = (fx: number, fy: number) => ({ x: area.x + area.width * fx, y: area.y + area.height * fy })
  const cdp = await page.context().newCDPSession(page)
  const from = at(box.x, box.y)
  const to = at(box.x + box.width, box.y + box.height)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] })
  for (let step = 1; step <= 5; step++) {
    const point = { x: from.x + ((to.x - from.x) * step) / 5, y: from.y + ((to.y - from.y) * step) / 5 }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] })
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  // The finger rests at the corner before it lifts. Lifted while moving it would fling, and the
  // browser swallows the next tap to stop the fling: the button would never hear it.
  await new Promise((resolve) => setTimeout(resolve, 300))
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

/**
 * How much fine detail (edges, features) is left inside a box, a little inside its edges: the mean
 * strength of a Laplacian filter, which blocks and blur flatten to almost nothing.
 */
async function detail(file: Buffer, box: Box) {
  const { width = 0, height = 0 } = await sharp(file).metadata()
  const inset = 0.2
  const region = {
    left: Math.round((box.x + box.width * inset) * width),
    top: Math.round((box.y + box.height * inset) * height),
    width: Math.round(box.width * (1 - 2 * inset) * width),
    height: Math.round(box.height * (1 - 2 * inset) * height),
  }
  const edges = await sharp(file)
    .extract(region)
    .greyscale()
    .convolve({ width: 3, height: 3, kernel: [0, -1, 0, -1, 4, -1, 0, -1, 0], offset: 128 })
    .raw()
    .toBuffer()
  return edges.reduce((sum, value) => sum + Math.abs(value - 128), 0) / edges.length
}

describe('face suggestions in the blur tool, on a 390 px phone', () => {
  it('shows the suggested faces; a tap removes one, a finger draws another, "Blur every face" blurs those boxes in the stored file', async () => {
    const photo = await facesSuggested((await uploadCrowdPhoto('Three friends at the march')).id)
    expect(photo.faceCheck).toBe('suggested')
    const boxes = photo.faceBoxes!.map(({ x, y, width, height }) => ({ x, y, width, height }))
    expect(boxes).toHaveLength(3)
    const original = fs.readFileSync(path.join(site.server.env.MEDIA_DIR!, photo.filename!))

    await phone.goto(`${site.server.url}/admin/collections/media/${photo.id}`)
    await phone.waitForLoadState('networkidle')
    const frame = phone.getByTestId('blur-frame')
    await frame.locator('img').waitFor()
    await expect(frame.getByTestId('blur-box').count()).resolves.toBe(3)
    await expect(phone.getByTestId('face-notice').textContent()).resolves.toMatch(/suggests 3 faces/)
    await expect(phone.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390)
    const tool = (await phone.locator('.blur-tool').boundingBox())!
    expect(tool.x + tool.width).toBeLessThanOrEqual(390)
    await expect(phone.locator('.blur-tool').evaluate((element) => element.scrollWidth <= element.clientWidth)).resolves.toBe(true)

    // The first suggestion is left unblurred: as an editor would for a box that is not a face.
    await frame.scrollIntoViewIfNeeded()
    await frame.getByRole('button', { name: 'Remove this box' }).first().tap()
    await expect(frame.getByTestId('blur-box').count()).resolves.toBe(2)
    // Something the detector cannot know to look for (a name tag, say), drawn with a finger: here the
    // tartan and the glass, well clear of the faces.
    const missed = { x: 0.1, y: 0.75, width: 0.2, height: 0.17 }
    await drawByTouch(phone, (await frame.locator('img').boundingBox())!, missed)
    await expect(frame.getByTestId('blur-box').count()).resolves.toBe(3)
    await screenshot(phone, 'admin-face-suggestions-phone')

    phone.once('dialog', (dialog) => dialog.accept())
    await phone.getByRole('button', { name: 'Blur every face' }).tap()
    const deadline = Date.now() + 20_000
    while ((await stored(photo.id)).filename === photo.filename && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
    const blurred = await stored(photo.id)
    expect(blurred.filename).not.toBe(photo.filename)
    expect(blurred.faceCheck).toBe('reviewed')

    const after = fs.readFileSync(path.join(site.server.env.MEDIA_DIR!, blurred.filename!))
    const [kept, ...blurredBoxes] = boxes
    // Saving the photo again as JPEG leaves some noise everywhere: a face that kept its features keeps
    // well over half its detail, a blurred one keeps under half (what remains is that noise).
    for (const box of [...blurredBoxes, missed]) expect(await detail(after, box)).toBeLessThan((await detail(original, box)) / 2)
    expect(await detail(after, kept)).toBeGreaterThan((await detail(original, kept)) * 0.6)
  })
})

describe('suggestions that are not faces', () => {
  it('are removed one by one, and "None of these is a face" drops them without touching the photo', async () => {
    const photo = await facesSuggested((await uploadCrowdPhoto('Placards at the rally')).id)
    await phone.goto(`${site.server.url}/admin/collections/media/${photo.id}`)
    await phone.waitForLoadState('networkidle')
    const frame = phone.getByTestId('blur-frame')
    await frame.locator('img').waitFor()
    await frame.scrollIntoViewIfNeeded()
    for (let left = 3; left > 0; left--) await frame.getByRole('button', { name: 'Remove this box' }).first().tap()
    await expect(frame.getByTestId('blur-box').count()).resolves.toBe(0)
    await phone.getByRole('button', { name: 'None of these is a face' }).tap()
    const deadline = Date.now() + 10_000
    while ((await stored(photo.id)).faceCheck !== 'reviewed' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
    const reviewed = await stored(photo.id)
    expect(reviewed.faceCheck).toBe('reviewed')
    expect(reviewed.faceBoxes).toEqual([])
    expect(reviewed.filename).toBe(photo.filename)
  })
})

describe('a photo with suggested faces nobody has looked at', () => {
  it('is marked on the dashboard; making it public asks for one explicit confirmation, and is refused without it', async () => {
    const photo = await facesSuggested((await uploadCrowdPhoto('Friends waiting for the speeches')).id)
    expect(photo.faceCheck).toBe('suggested')
    await phone.goto(`${site.server.url}/admin`)
    const entry = phone.locator('.glance-panel li').filter({ hasText: 'Friends waiting for the speeches' })
    await expect(entry.textContent()).resolves.toContain('faces to check')

    await phone.goto(`${site.server.url}/admin/collections/media/${photo.id}`)
    await phone.waitForLoadState('networkidle')
    await phone.locator('label:has(#field-visibility-public)').click()
    const confirmation = phone.getByLabel('I have looked at the suggested faces: make it public as it is')
    await confirmation.waitFor()

    await phone.keyboard.press('Control+s')
    // Payload shows the refusal on the field itself.
    await phone.getByText(/found faces on this photo that nobody has looked at/).first().waitFor({ state: 'attached' })
    expect((await stored(photo.id)).visibility).toBe('review')

    await confirmation.check()
    await phone.keyboard.press('Control+s')
    const deadline = Date.now() + 10_000
    while ((await stored(photo.id)).visibility !== 'public' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
    const published = await stored(photo.id)
    expect(published.visibility).toBe('public')
    expect(published.faceCheck).toBe('reviewed')
  })
})
