import fs from 'node:fs'

import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { testImage } from '@/tests/helpers/images'

import { marker, pathSegment } from '@/tests/e2e/bad-input/hostile'
import { landedOutside, snapshot } from '@/tests/e2e/bad-input/snapshot'
import { attack, expectRefused, json, runs, suite } from '@/tests/e2e/bad-input/suite'

/** Multipart upload with the file name written into the header exactly as given. */
function upload(filename: string, file: Buffer, data: Record<string, unknown> = { alt: 'Hostile file name', visibility: 'review' }) {
  const head = `--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(data)}\r\n--x\r\nContent-Disposition: form-data; name="file"; ${filename}\r\nContent-Type: image/jpeg\r\n\r\n`
  return {
    method: 'POST',
    path: '/api/media',
    headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
    body: Buffer.concat([Buffer.from(head, 'latin1'), file, Buffer.from('\r\n--x--\r\n')]),
  }
}

export function describeUploads() {
  describe('uploads', () => {
    it('keep every stored file inside the uploads folder under a plain name, whatever the file name says', async () => {
      const image = await testImage(64, 48)
      const tag = marker('up')
      const names = [
        `filename="../../${tag}-a.jpg"`,
        `filename="..\\..\\${tag}-b.jpg"`,
        `filename="/tmp/${tag}-c.jpg"`,
        `filename="....//....//${tag}-d.jpg"`,
        `filename="%2e%2e%2f%2e%2e%2f${tag}-e.jpg"`,
        `filename*=UTF-8''%2e%2e%2f%2e%2e%2f${tag}-f.jpg`,
        `filename="${tag}-g\u0000.php.jpg"`,
        `filename="${tag}-h${'n'.repeat(400)}.jpg"`,
        `filename="${tag}-i\u202egpj.exe"`,
        `filename=".${tag}-j"`,
        `filename="${tag}-k.jpg/."`,
        `filename=""`,
        `filename="<img src=x onerror=alert(1)>${tag}.jpg"`,
        `filename="${tag}-l\r\nX-Injected: 1.jpg"`,
      ]
      const folder = fs.readdirSync(suite.target.mediaDir)
      for (const name of names) {
        const answer = await attack('uploads', { ...upload(name, image), token: suite.target.adminToken })
        if (answer.status < 300) {
          const { doc } = JSON.parse(answer.text)
          suite.created.push({ collection: 'media', id: doc.id })
          expect(doc.filename).toMatch(/^[^/\\\u0000]+$/)
          expect(doc.filename).not.toMatch(/^\.\.?$/)
          expect(fs.existsSync(`${suite.target.mediaDir}/${doc.filename}`)).toBe(true)
        } else expectRefused(answer)
      }
      for (const name of names) {
        const filename = name.replace(/^filename\*?=(UTF-8'')?"?|"$/g, '')
        for (const candidate of [filename, decodeURIComponent(filename.replace(/%(?![0-9a-f]{2})/gi, '%25'))]) {
          expect(landedOutside(suite.target.mediaDir, candidate)).toBeNull()
        }
      }
      const added = fs.readdirSync(suite.target.mediaDir).filter((file) => !folder.includes(file))
      for (const file of added) expect(file).not.toMatch(/[/\\\u0000]/)
    }, 120_000)

    it('refuse uploads from visitors and files that are not pictures, and write nothing', async () => {
      const before = await snapshot(suite.target)
      const image = await testImage(64, 48)
      expectRefused(await attack('uploads', upload('filename="visitor.jpg"', image)))
      const notPictures = [
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        Buffer.from('<html><script>alert(1)</script></html>'),
        Buffer.alloc(0),
        image.subarray(0, 100),
        Buffer.concat([image.subarray(0, 200), Buffer.from('<?php system($_GET["c"]); ?>')]),
        Buffer.from('PK\u0003\u0004 not a zip'),
      ]
      for (const file of notPictures) expectRefused(await attack('uploads', { ...upload('filename="picture.jpg"', file), token: suite.target.adminToken }))
      expectRefused(await attack('uploads', { ...upload('filename="public.jpg"', image, { visibility: 'public' }), token: suite.target.adminToken }))
      expect(await snapshot(suite.target)).toEqual(before)
    }, 120_000)

    it('blur only what an editor marks as areas within the photo, and refuse everything else', async () => {
      const photo = String(suite.planted.photo.id)
      const regions = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.record({ x: fc.double(), y: fc.double(), width: fc.double(), height: fc.double() }), { maxLength: 60 }))
      const fraction = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1
      const isArea = (area: unknown) => {
        const { x, y, width, height } = (area ?? {}) as Record<string, unknown>
        return [x, y, width, height].every(fraction) && (width as number) > 0 && (height as number) > 0
      }
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.constant(photo), pathSegment), regions, fc.boolean(), async (id, value, asAdminUser) => {
          const answer = await attack('uploads', { method: 'POST', path: `/api/media/${id}/blur`, token: asAdminUser ? suite.target.adminToken : undefined, ...json({ regions: value }) })
          const valid = asAdminUser && id === photo && Array.isArray(value) && value.length > 0 && value.length <= 50 && value.every(isArea)
          if (valid) expect(answer.status).toBe(200)
          else expectRefused(answer)
        }),
        runs(60),
      )
    }, 120_000)
  })
}
