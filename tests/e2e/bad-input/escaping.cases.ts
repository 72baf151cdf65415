import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { anyText, encodePart } from '@/tests/e2e/bad-input/hostile'
import { assertWellFormedXml, atomTitles, calendarEvents, feedItems, jsonFeedTitles, jsonLdBlocks, rawMarkupIn, renderedIn } from '@/tests/e2e/bad-input/markup'
import { asAdmin } from '@/tests/e2e/bad-input/planted'
import { attack, expectRefused, json, runs, suite } from '@/tests/e2e/bad-input/suite'

export function describeEscaping() {
  describe('hostile words saved by an editor', () => {
    it('come out as text on every page that shows them, with no element or script of their own', async () => {
      const { article, report, topic, photo, meeting, texts } = suite.planted
      const pages = [
        { path: `/news/${article.slug}`, shows: texts.articleTitle },
        { path: `/demos/${report.slug}`, shows: texts.reportTitle },
        { path: `/topics/${topic.slug}`, shows: texts.topicName },
        { path: `/photos/${photo.id}`, shows: texts.caption },
        { path: `/photos/${photo.id}?demo=${report.slug}`, shows: texts.caption },
        { path: '/', shows: texts.articleTitle },
        { path: '/news', shows: texts.articleTitle },
        { path: '/demos', shows: texts.reportTitle },
        { path: `/search?q=${encodePart(texts.articleTitle.split(' ')[0])}`, shows: texts.articleTitle },
        { path: '/photos', shows: null },
        { path: `/photos?topic=${topic.slug}`, shows: null },
        { path: '/photos/banner', shows: texts.reportTitle },
        { path: '/about', shows: texts.siteName },
        { path: '/join', shows: texts.siteName },
        { path: '/meetings', shows: texts.meetingTitle },
        { path: `/meetings/${meeting.slug}`, shows: texts.meetingDescription },
        { path: '/topics', shows: texts.topicName },
      ]
      for (const { path, shows } of pages) {
        const answer = await attack('escaping', { path })
        expect(answer.status).toBe(200)
        expect({ path, raw: rawMarkupIn(answer.text) }).toEqual({ path, raw: [] })
        jsonLdBlocks(answer.text)
        const rendered = await renderedIn(suite.browser, `${suite.target.url}${path}`)
        expect({ path, dialogs: rendered.dialogs, elements: rendered.injectedElements, scripts: rendered.injectedScripts }).toEqual({ path, dialogs: [], elements: 0, scripts: 0 })
        const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
        if (shows) expect({ path, showsTheWords: flat(rendered.text).includes(flat(shows)) }).toEqual({ path, showsTheWords: true })
      }
    }, 180_000)

    it('keeps every JSON-LD block valid JSON that reads back the exact words', async () => {
      const { article, report, texts } = suite.planted
      const [news] = jsonLdBlocks((await attack('escaping', { path: `/news/${article.slug}` })).text)
      expect(news).toMatchObject({ headline: texts.articleTitle, author: { name: texts.byline } })
      const [event] = jsonLdBlocks((await attack('escaping', { path: `/demos/${report.slug}` })).text)
      expect(event).toMatchObject({ name: texts.reportTitle, location: { name: texts.venue } })
      const [meeting] = jsonLdBlocks((await attack('escaping', { path: `/meetings/${suite.planted.meeting.slug}` })).text)
      expect(meeting).toMatchObject({ name: texts.meetingTitle, location: { name: texts.meetingPlace } })
    })

    it('keeps feeds in every format, the calendars and the sitemap well-formed, reading back the exact words', async () => {
      const { topic, meeting, texts } = suite.planted
      const published = [texts.articleTitle, texts.reportTitle, texts.meetingTitle]
      for (const feed of ['', `/topics/${topic.slug}`]) {
        const read = async (name: string) => (await attack('escaping', { path: `${feed}/${name}` })).text
        expect(feedItems(await read('feed.xml')).map((item) => item.title)).toEqual(expect.arrayContaining(published))
        expect(atomTitles(await read('atom.xml'))).toEqual(expect.arrayContaining(published))
        expect(jsonFeedTitles(await read('feed.json'))).toEqual(expect.arrayContaining(published))
      }
      const written = { summary: texts.meetingTitle, location: texts.meetingPlace, description: expect.stringContaining(texts.meetingDescription) }
      for (const path of ['/calendar.ics', `/meetings/${meeting.slug}/calendar.ics`]) {
        expect({ path, events: calendarEvents((await attack('escaping', { path })).text) }).toEqual({ path, events: expect.arrayContaining([written]) })
      }
      assertWellFormedXml((await attack('escaping', { path: '/sitemap.xml' })).text)
    })

    it('whatever text an editor saves as a title, the page, its JSON-LD and the feed stay well-formed', async () => {
      const { article } = suite.planted
      await fc.assert(
        fc.asyncProperty(anyText(200).filter((text) => text.trim().length > 0), async (title) => {
          const answer = await attack('escaping', { method: 'PATCH', path: `/api/articles/${article.id}`, token: suite.target.adminToken, ...json({ title }) })
          if (answer.status >= 300) return expectRefused(answer)
          const stored = JSON.parse(answer.text).doc.title as string
          const page = await attack('escaping', { path: `/news/${article.slug}` })
          expect(rawMarkupIn(page.text)).toEqual([])
          expect(jsonLdBlocks(page.text)[0]).toMatchObject({ headline: stored })
          feedItems((await attack('escaping', { path: '/feed.xml' })).text)
        }),
        runs(50),
      )
      await asAdmin(suite.target, 'PATCH', `/articles/${article.id}`, { title: suite.planted.texts.articleTitle })
    }, 180_000)
  })
}
