import fs from 'node:fs'

import { beforeAll, describe, expect, it } from '@jest/globals'
import { arTranslations } from '@payloadcms/translations/languages/ar'
import { ukTranslations } from '@payloadcms/translations/languages/uk'
import type { Page } from 'playwright-core'

import { languageNames } from '@/i18n/languageNames'
import { ar } from '@/i18n/strings/ar'
import { uk } from '@/i18n/strings/uk'
import { screenshot } from '@/tests/helpers/browser'
import { seededSite } from '@/tests/helpers/seededSite'
import { signInToAdmin } from '@/scripts/lib/seededServer'

const site = seededSite({ browser: true })
let page: Page

beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
  await signInToAdmin(page, site.server)
})

/** Chooses the language the way an editor does: Payload's own selector on the account page. */
async function chooseAdminLanguage(nameInItsLanguage: string, code: string) {
  await page.goto(`${site.server.url}/admin/account`)
  await page.locator('#language-select').click()
  await page.locator('.rs__option', { hasText: nameInItsLanguage }).click()
  await page.waitForFunction((expected) => document.documentElement.lang === expected, code)
}

async function screenshotsAtBothWidths(name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    expect(fs.existsSync(await screenshot(page, `${name}-${width}`))).toBe(true)
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}

const cases = [
  { language: 'Arabic', code: 'ar', nameInItsLanguage: 'العربية', direction: 'rtl', ours: ar.admin, payloads: arTranslations },
  { language: 'Ukrainian', code: 'uk', nameInItsLanguage: 'Українська', direction: 'ltr', ours: uk.admin, payloads: ukTranslations },
]

describe('the admin in the editor’s language', () => {
  it.each(cases)(
    'in $language reads $direction, with Payload’s own $language, our collection labels in the navigation and our blur tool',
    async ({ language, code, nameInItsLanguage, direction, ours, payloads }) => {
      await chooseAdminLanguage(nameInItsLanguage, code)
      await page.goto(`${site.server.url}/admin`)
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(direction)
      await page.getByRole('heading', { name: ours.groups.content }).first().waitFor()
      // The menu remembers whether it was open; Payload's own menu button is labelled in the chosen language.
      const openMenu = page.getByLabel(payloads.general.open, { exact: true }).locator('visible=true')
      if (await openMenu.count()) await openMenu.first().click()
      const nav = page.locator('nav')
      await nav.getByText(ours.groups.content).first().waitFor()
      for (const label of [ours.articles.plural, ours.demoReports.plural, ours.media.plural]) {
        await nav.getByRole('link', { name: label }).first().waitFor()
      }
      await screenshotsAtBothWidths(`admin-${language.toLowerCase()}-dashboard`)
      await page.goto(`${site.server.url}/admin/collections/demo-reports`)
      await page.getByRole('heading', { name: ours.demoReports.plural }).first().waitFor()
      await page.getByText(payloads.general.createNew).first().waitFor()
      await screenshotsAtBothWidths(`admin-${language.toLowerCase()}-demo-reports`)
      const { docs } = await site.payload.find({ collection: 'media', limit: 1, depth: 0 })
      await page.goto(`${site.server.url}/admin/collections/media/${docs[0].id}`)
      await page.getByRole('heading', { name: ours.blurTool.title }).waitFor()
      await page.getByRole('button', { name: ours.blurTool.undo }).waitFor()
      // A refused save explains itself in the editor's language too, next to each field.
      await page.goto(`${site.server.url}/admin/collections/webhooks/create`)
      await page.locator('#field-url').fill('http://mirror.example.org/hook')
      await page.locator('#field-newSecret').fill('short')
      await page.getByRole('button', { name: payloads.general.save, exact: true }).first().click()
      await page.getByText(ours.validation.receiverHTTPS).first().waitFor()
      await page.getByText(ours.validation.secretLength.replace('{{min}}', '32')).first().waitFor()
      await screenshotsAtBothWidths(`admin-${language.toLowerCase()}-refused-save`)
    },
  )
})

describe('what still needs translating', () => {
  it('is a column of the articles list, and a filter that leaves out what is translated', async () => {
    const article = await site.payload.create({ collection: 'articles', data: { title: 'Translated into Arabic', _status: 'published' } })
    await site.payload.update({ collection: 'articles', id: article.id, locale: 'ar', data: { title: 'مترجم إلى العربية', _status: 'published' } })
    await chooseAdminLanguage('Українська', 'uk')
    const column = uk.admin.fields.untranslated.label

    await page.goto(`${site.server.url}/admin/collections/articles`)
    await page.getByRole('columnheader', { name: column }).waitFor()
    const row = (title: string) => page.getByRole('row').filter({ hasText: title })
    // Each language named in the editor's: Ukrainian still to do, Arabic done.
    await expect(row('Translated into Arabic').getByRole('cell').filter({ hasText: languageNames('uk').uk }).count()).resolves.toBe(1)
    await expect(row('Translated into Arabic').getByText(languageNames('ar').uk).count()).resolves.toBe(0)

    await page.goto(`${site.server.url}/admin/collections/articles?where[untranslated][contains]=ar`)
    await page.getByRole('columnheader', { name: column }).waitFor()
    const { docs: seeded } = await site.payload.find({ collection: 'articles', where: { untranslated: { contains: 'ar' } }, depth: 0, limit: 1 })
    await row(seeded[0].title).first().waitFor()
    await expect(row('Translated into Arabic').count()).resolves.toBe(0)
    await screenshotsAtBothWidths('admin-ukrainian-untranslated-articles')
  })
})
