import { describe, expect, it } from '@jest/globals'

import { demoReportEventJsonLd, meetingEventJsonLd, newsArticleJsonLd, serializeJsonLd, websiteJsonLd } from '@/lib/metadata/jsonLd'
import type { Article, DemoReport, Media, Meeting } from '@/payload-types'

const site = { siteName: 'Solidarity News', siteURL: 'https://news.example.org' }

const photo: Media = {
  id: 7,
  alt: 'The banner on Whitehall',
  licence: 'cc-by-4.0',
  visibility: 'public',
  url: '/api/media/file/banner.jpg',
  mimeType: 'image/jpeg',
  width: 1600,
  height: 1000,
  createdAt: '2024-06-08T18:00:00.000Z',
  updatedAt: '2024-06-08T18:00:00.000Z',
}

const article: Article & { lang: 'en' } = {
  lang: 'en',
  id: 1,
  title: 'Why we carry this banner',
  slug: 'why-we-carry-this-banner',
  standfirst: 'One banner against two occupations.',
  heroImage: photo,
  byline: 'Ukraine Information Group',
  publishedAt: '2024-06-01T09:00:00.000Z',
  createdAt: '2024-05-30T12:00:00.000Z',
  updatedAt: '2024-06-02T10:00:00.000Z',
  _status: 'published',
}

const report: DemoReport & { lang: 'en' } = {
  lang: 'en',
  id: 2,
  title: 'London demonstration for ceasefire in Gaza',
  slug: 'london-ceasefire-in-gaza-2024-06-08',
  date: '2024-06-08T12:00:00.000Z',
  startTime: '12:00',
  endTime: '16:30',
  place: { venue: 'Russell Square to Whitehall', city: 'London', country: 'United Kingdom' },
  cause: 'Ceasefire in Gaza',
  participation: 'We carried our banner from Russell Square.',
  organisers: [{ name: 'Palestine Solidarity Campaign' }, { name: 'Stop the War Coalition' }],
  photos: [photo],
  createdAt: '2024-06-08T18:00:00.000Z',
  updatedAt: '2024-06-08T18:00:00.000Z',
  _status: 'published',
}

describe('NewsArticle JSON-LD', () => {
  it('describes an article with absolute addresses, its byline as author and the site as publisher', () => {
    expect(newsArticleJsonLd(article, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      inLanguage: 'en',
      headline: 'Why we carry this banner',
      description: 'One banner against two occupations.',
      datePublished: '2024-06-01T09:00:00.000Z',
      dateModified: '2024-06-02T10:00:00.000Z',
      author: { '@type': 'Organization', name: 'Ukraine Information Group' },
      publisher: { '@type': 'Organization', name: 'Solidarity News', url: 'https://news.example.org' },
      image: ['https://news.example.org/api/media/file/banner.jpg'],
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.org/news/why-we-carry-this-banner' },
      url: 'https://news.example.org/news/why-we-carry-this-banner',
    })
  })

  it('falls back to the site as author and leaves out a picture it cannot address', () => {
    const data = newsArticleJsonLd({ ...article, byline: null, heroImage: 7 }, site)
    expect(data.author).toEqual({ '@type': 'Organization', name: 'Solidarity News' })
    expect(JSON.parse(serializeJsonLd(data))).not.toHaveProperty('image')
  })
})

describe('Event JSON-LD for a demo report', () => {
  it('describes the demonstration as a scheduled, in-person event at local times', () => {
    expect(demoReportEventJsonLd(report, site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      inLanguage: 'en',
      name: 'London demonstration for ceasefire in Gaza',
      startDate: '2024-06-08T12:00',
      endDate: '2024-06-08T16:30',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Russell Square to Whitehall',
        address: { '@type': 'PostalAddress', addressLocality: 'London', addressCountry: 'United Kingdom' },
      },
      description: 'Ceasefire in Gaza: We carried our banner from Russell Square.',
      image: ['https://news.example.org/api/media/file/banner.jpg'],
      organizer: [
        { '@type': 'Organization', name: 'Palestine Solidarity Campaign' },
        { '@type': 'Organization', name: 'Stop the War Coalition' },
      ],
      url: 'https://news.example.org/demos/london-ceasefire-in-gaza-2024-06-08',
    })
  })

  it('gives a whole day when no time is known and names the place by its city when there is no venue', () => {
    const data = demoReportEventJsonLd(
      { ...report, startTime: null, endTime: null, place: { city: 'Manchester', country: 'United Kingdom' }, organisers: [] },
      site,
    )
    const parsed = JSON.parse(serializeJsonLd(data))
    expect(parsed.startDate).toBe('2024-06-08')
    expect(parsed).not.toHaveProperty('endDate')
    expect(parsed).not.toHaveProperty('organizer')
    expect(parsed.location.name).toBe('Manchester')
  })
})

describe('Event JSON-LD for a meeting', () => {
  const meeting: Meeting & { lang: 'en' } = {
    lang: 'en',
    id: 3,
    title: 'Monthly discussion',
    slug: 'monthly-discussion',
    startsAt: '2031-03-01T18:00:00.000Z',
    endsAt: '2031-03-01T20:00:00.000Z',
    place: 'Conway Hall, London',
    createdAt: '2031-01-01T12:00:00.000Z',
    updatedAt: '2031-01-01T12:00:00.000Z',
  }

  it('is in a room, online or both, as the meeting says', () => {
    expect(meetingEventJsonLd(meeting, site)).toMatchObject({
      '@type': 'Event',
      name: 'Monthly discussion',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Conway Hall, London' },
      url: 'https://news.example.org/meetings/monthly-discussion',
    })
    const both = meetingEventJsonLd({ ...meeting, onlineLink: 'https://meet.example.org/monthly' }, site)
    expect(both).toMatchObject({
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [{ '@type': 'Place' }, { '@type': 'VirtualLocation', url: 'https://meet.example.org/monthly' }],
    })
  })

  it('tells search engines a meeting is cancelled or moved', () => {
    const statusOf = (status: Meeting['status']) => meetingEventJsonLd({ ...meeting, status }, site).eventStatus
    expect([statusOf('scheduled'), statusOf(null), statusOf('cancelled'), statusOf('moved')]).toEqual([
      'https://schema.org/EventScheduled',
      'https://schema.org/EventScheduled',
      'https://schema.org/EventCancelled',
      'https://schema.org/EventRescheduled',
    ])
  })
})

describe('serializeJsonLd', () => {
  const hostile = '</script><script>alert(1)</script> & <!-- \u2028\u2029'

  it('lets no text close the script element, open a comment or break a line', () => {
    const json = serializeJsonLd(newsArticleJsonLd({ ...article, title: hostile, byline: hostile }, site))
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028\\u2029')
  })

  it('reads back as exactly the same data', () => {
    const data = demoReportEventJsonLd({ ...report, title: hostile, organisers: [{ name: hostile }] }, site)
    const parsed = JSON.parse(serializeJsonLd(data))
    expect(parsed.name).toBe(hostile)
    expect(parsed.organizer[0].name).toBe(hostile)
    expect(parsed).toEqual(JSON.parse(JSON.stringify(data)))
  })
})

describe('websiteJsonLd', () => {
  it('names the site and offers its search', () => {
    const data = websiteJsonLd(site, 'en', 'From Ukraine to Palestine, Occupation is a crime')
    expect(data['@type']).toBe('WebSite')
    expect(data.url).toBe('https://news.example.org/')
    expect(data.inLanguage).toBe('en')
    expect(JSON.stringify(data.potentialAction)).toContain('https://news.example.org/search?q={search_term_string}')
  })

  it('in Arabic, points at the Arabic home page and search', () => {
    const data = websiteJsonLd(site, 'ar', 'من أوكرانيا إلى فلسطين')
    expect(data.url).toBe('https://news.example.org/ar')
    expect(data.inLanguage).toBe('ar')
    expect(JSON.stringify(data.potentialAction)).toContain('https://news.example.org/ar/search?q={search_term_string}')
  })
})

describe('JSON-LD of a translated document', () => {
  it('names the language its words are in and the address in that language', () => {
    const data = newsArticleJsonLd({ ...article, lang: 'uk', title: 'Чому ми несемо цей прапор' }, site)
    expect(data.inLanguage).toBe('uk')
    expect(data.url).toBe('https://news.example.org/uk/news/why-we-carry-this-banner')
    expect(demoReportEventJsonLd({ ...report, lang: 'ar' }, site)).toMatchObject({
      inLanguage: 'ar',
      url: 'https://news.example.org/ar/demos/london-ceasefire-in-gaza-2024-06-08',
    })
  })
})
