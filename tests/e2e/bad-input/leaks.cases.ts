import { describe, expect, it } from '@jest/globals'

import { encodePart } from '@/tests/e2e/bad-input/hostile'
import { attack, suite } from '@/tests/e2e/bad-input/suite'

export function describeLeaks() {
  describe('drafts and photos in review', () => {
    it('stay out of every answer a visitor can get', async () => {
      const { draft, edited, draftReport, draftMeeting, privatePhoto } = suite.planted
      const probes = [
        `/news/${draft.slug}`,
        `/news/${draft.slug}?draft=true`,
        `/demos/${draftReport.slug}`,
        `/demos/${draftReport.slug}/calendar.ics`,
        '/calendar.ics',
        '/meetings',
        '/api/meetings?draft=true&depth=3',
        `/meetings/${draftMeeting.slug}`,
        `/meetings/${draftMeeting.slug}/calendar.ics`,
        `/api/meetings/${draftMeeting.id}?draft=true`,
        '/api/meetings/versions?depth=2',
        `/photos/${privatePhoto.id}`,
        `/photos/${privatePhoto.id}?demo=${suite.planted.report.slug}`,
        '/feed.xml',
        '/atom.xml',
        '/feed.json',
        '/topics',
        `/topics/${suite.planted.topic.slug}`,
        `/topics/${suite.planted.topic.slug}/feed.xml`,
        `/topics/${suite.planted.topic.slug}/atom.xml`,
        `/topics/${suite.planted.topic.slug}/feed.json`,
        '/sitemap.xml',
        '/photos/banner',
        `/photos?topic=${suite.planted.topic.slug}`,
        `/api/articles/${draft.id}`,
        `/api/articles/${draft.id}?draft=true`,
        `/api/articles/${edited.id}?draft=true`,
        '/api/articles?draft=true&depth=3&limit=100',
        '/api/articles?where[_status][equals]=draft&draft=true',
        '/api/articles/versions?depth=2',
        `/api/articles/versions?where[parent][equals]=${edited.id}`,
        `/api/demo-reports/${draftReport.id}?draft=true`,
        '/api/demo-reports?draft=true&depth=3',
        '/api/demo-reports/count?where[_status][equals]=draft',
        `/api/media/${privatePhoto.id}`,
        '/api/media?where[visibility][equals]=review',
        '/api/media?where[alt][like]=PRIVATE&depth=2',
        `/api/media/file/${privatePhoto.filename}`,
        ...Object.values(privatePhoto.sizes ?? {}).flatMap((size) => (size?.filename ? [`/api/media/file/${size.filename}`] : [])),
        `/api/topics/${suite.planted.topic.id}?depth=3&joins[articles][limit]=100`,
        // Live preview's `data`: a document made up by the visitor, pointing at what they may not see.
        `/api/articles/${suite.planted.article.id}?depth=2&draft=true&data=${encodePart(JSON.stringify({ heroImage: privatePhoto.id, relatedDemoReports: [draftReport.id], topics: [suite.planted.topic.id] }))}`,
        `/api/demo-reports/${suite.planted.report.id}?depth=2&data=${encodePart(JSON.stringify({ photos: [privatePhoto.id] }))}`,
        '/api/payload-locked-documents?depth=3',
        `/next/preview?path=/news/${draft.slug}`,
        `/og/default?path=/news/${draft.slug}`,
      ]
      for (const path of probes) {
        const answer = await attack('drafts and private photos', { path })
        if (answer.status === 200 && path.startsWith('/api/media')) {
          const body = JSON.parse(answer.text)
          const ids = (body.docs ?? [body]).map((doc: { id?: unknown }) => doc.id)
          expect(ids).not.toContain(privatePhoto.id)
        }
      }
      for (const path of [`/news/${draft.slug}`, `/demos/${draftReport.slug}`, `/meetings/${draftMeeting.slug}`, `/photos/${privatePhoto.id}`]) {
        expect((await attack('drafts and private photos', { path })).status).toBe(404)
      }
      const edit = JSON.parse((await attack('drafts and private photos', { path: `/api/articles/${edited.id}?draft=true` })).text)
      expect(edit.title).toMatch(/^Published before its edit/)
      // Requests that name a secret themselves: the answer may echo the request, but must find nothing.
      for (const secret of suite.planted.secrets.slice(0, 4)) {
        expect((await attack('drafts and private photos', { path: `/search?q=${secret}` })).text).toContain('Nothing found for')
        const found = JSON.parse((await attack('drafts and private photos', { path: `/api/articles?draft=true&where[or][0][title][like]=${secret}&where[or][1][standfirst][like]=${secret}` })).text)
        expect(found.totalDocs).toBe(0)
      }
    })

  })
}
