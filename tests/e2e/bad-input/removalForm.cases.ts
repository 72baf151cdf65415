import { describe, expect, it } from '@jest/globals'

import { hostileText, INJECTIONS } from '@/tests/e2e/bad-input/hostile'
import type { Answer } from '@/tests/e2e/bad-input/http'
import { rawMarkupIn } from '@/tests/e2e/bad-input/markup'
import { snapshot } from '@/tests/e2e/bad-input/snapshot'
import { attack, suite } from '@/tests/e2e/bad-input/suite'
import { hiddenFormFields, multipartForm } from '@/tests/helpers/pageForm'

/** The hidden fields the page gives its form (the server action's reference, the photo), as a browser without JavaScript sends them. */
async function hiddenFields(form: string): Promise<[string, string][]> {
  const page = await attack('removal form', { path: form })
  expect(page.status).toBe(200)
  const fields = hiddenFormFields(page.text)
  expect(fields.some(([name]) => name.startsWith('$ACTION'))).toBe(true)
  return fields
}

const multipart = (fields: [string, string][]) => multipartForm(fields, suite.target.url)

function expectFormBack(answer: Answer) {
  expect(answer.status).toBe(200)
  expect(answer.text).toContain('join-form__error')
  expect(rawMarkupIn(answer.text)).toEqual([])
}

/** What a 404 says in its page's main part: it must say nothing of the id asked for. */
const mainPart = (answer: Answer) => /<main[^>]*>([\s\S]*?)<\/main>/.exec(answer.text)?.[1] ?? ''

export function describeRemovalForm() {
  describe('the removal form', () => {
    it('gives hostile sendings the form back with its messages, hides no photo, and answers ids of photos in review as it answers nonsense', async () => {
      const { photo, privatePhoto } = suite.planted
      const form = `/uk/photos/${photo.id}/remove`
      const before = await snapshot(suite.target)
      const hidden = await hiddenFields(form)
      const send = async (fields: Record<string, string>, path = form, base = hidden) =>
        attack('removal form', { method: 'POST', path, ...(await multipart([...base, ['language', 'uk'], ...Object.entries(fields)])) })

      const hostile: Record<string, string>[] = [
        { wish: 'remove', note: 'x'.repeat(1001) },
        { wish: 'remove', note: hostileText('note', 1000) },
        { wish: 'blur', contact: INJECTIONS[1] },
        { wish: 'blur', contact: 'a@example.org\r\nBcc: everyone@example.org' },
        { wish: 'everything', note: 'Hello' },
        { wish: '', note: 'Hello\u0000\u001b[2J\u202eevil' },
      ]
      for (const fields of hostile) expectFormBack(await send(fields))

      // A photo in review, and ids that name nothing: the same 404 for the form and for a sending to it.
      const nonsense = ['999999999', 'abc', '0', '1e3', '-1', String(Number(privatePhoto.id) + 1000)]
      const notFound = async (id: string) => {
        const page = await attack('removal form', { path: `/photos/${id}/remove` })
        expect(page.status).toBe(404)
        return mainPart(page)
      }
      const inReview = await notFound(String(privatePhoto.id))
      expect(inReview).toContain('<h1>')
      for (const id of nonsense) expect(await notFound(id)).toEqual(inReview)
      const swapped = hidden.map(([name, value]): [string, string] => (name === 'photo' ? [name, String(privatePhoto.id)] : [name, value]))
      expect((await send({ wish: 'remove' }, `/uk/photos/${privatePhoto.id}/remove`, swapped)).status).toBe(404)
      const nothing = hidden.map(([name, value]): [string, string] => (name === 'photo' ? [name, '999999999'] : [name, value]))
      expect((await send({ wish: 'remove' }, '/uk/photos/999999999/remove', nothing)).status).toBe(404)

      let refused: Answer | undefined
      for (let sent = 0; sent < 10 && !refused; sent++) {
        const answer = await send({ wish: '' })
        if (answer.status === 429) refused = answer
      }
      expect(refused?.headers['retry-after']).toMatch(/^\d+$/)
      expect(refused?.text).toContain('Забагато запитів')
      expect(await snapshot(suite.target)).toEqual(before)
    }, 120_000)
  })
}
