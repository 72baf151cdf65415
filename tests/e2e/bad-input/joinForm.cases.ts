import { describe, expect, it } from '@jest/globals'

import { hostileText, INJECTIONS } from '@/tests/e2e/bad-input/hostile'
import type { Answer } from '@/tests/e2e/bad-input/http'
import { rawMarkupIn } from '@/tests/e2e/bad-input/markup'
import { snapshot } from '@/tests/e2e/bad-input/snapshot'
import { attack, suite } from '@/tests/e2e/bad-input/suite'
import { hiddenFormFields, multipartForm } from '@/tests/helpers/pageForm'

const FORM = '/uk/join'

/** The hidden fields the page gives its form (the server action's reference), as a browser without JavaScript sends them. */
async function hiddenFields(): Promise<[string, string][]> {
  const fields = hiddenFormFields((await attack('join form', { path: FORM })).text)
  expect(fields.some(([name]) => name.startsWith('$ACTION'))).toBe(true)
  return fields
}

const multipart = (fields: [string, string][]) => multipartForm(fields, suite.target.url)

function expectFormBack(answer: Answer) {
  expect(answer.status).toBe(200)
  expect(answer.text).toContain('join-form__error')
  expect(rawMarkupIn(answer.text)).toEqual([])
}

export function describeJoinForm() {
  describe('the join form', () => {
    it('gives hostile sendings the form back with its messages, echoing nothing as markup, and stores nothing; past the limit a friendly 429', async () => {
      const before = await snapshot(suite.target)
      const hidden = await hiddenFields()
      const send = async (fields: Record<string, string>) =>
        attack('join form', { method: 'POST', path: FORM, ...(await multipart([...hidden, ['language', 'uk'], ...Object.entries(fields)])) })

      const hostile: Record<string, string>[] = [
        { name: hostileText('name', 100), email: 'name@example.org', message: 'Hello', consent: 'on' },
        { email: INJECTIONS[1], message: hostileText('message', 5000), consent: 'on' },
        { email: 'a@example.org\r\nBcc: everyone@example.org', message: 'Hello', consent: 'on' },
        { email: 'long@example.org', message: 'x'.repeat(5001), consent: 'on' },
        { email: 'control@example.org', message: 'Hello\u0000\u001b[2J\u202eevil', consent: 'on' },
        { email: 'consent@example.org', message: 'Hello', consent: 'yes please' },
      ]
      for (const fields of hostile) expectFormBack(await send(fields))

      // The protocol itself: a forged action, a form past what a person can type, a broken body, a form sent to a page that takes none.
      const forged = await multipart([['$ACTION_ID_00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00', ''], ['email', 'forged@example.org'], ['message', 'x'], ['consent', 'on']])
      expect((await attack('join form', { method: 'POST', path: FORM, ...forged })).status).toBe(409)
      const huge = await attack('join form', { method: 'POST', path: FORM, ...(await multipart([...hidden, ['email', 'big@example.org'], ['message', 'x'.repeat(3 * 1024 * 1024)], ['consent', 'on']])) }, { allowCutOff: true })
      if (huge.status !== 0) expect([huge.status, huge.text.includes('Не вдалося прочитати')]).toEqual([413, true])
      const broken = await attack('join form', { method: 'POST', path: FORM, body: '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nbroken', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } })
      expect(broken.status).toBe(400)
      expect((await attack('join form', { method: 'POST', path: '/news', ...forged })).status).toBe(405)

      let refused: Answer | undefined
      for (let sent = 0; sent < 5 && !refused; sent++) {
        const answer = await send({ email: '', message: '', consent: '' })
        if (answer.status === 429) refused = answer
      }
      expect(refused?.headers['retry-after']).toMatch(/^\d+$/)
      expect(refused?.text).toContain('Забагато повідомлень')
      expect(await snapshot(suite.target)).toEqual(before)
    }, 120_000)
  })
}
