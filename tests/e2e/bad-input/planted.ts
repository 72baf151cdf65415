import type { Article, DemoReport, Media, Meeting, SiteSetting, Topic } from '@/payload-types'
import { toLexical } from '@/seed/lexical'

import { testImage } from '@/tests/helpers/images'

import { hostileText, marker } from '@/tests/e2e/bad-input/hostile'
import type { Target } from '@/tests/e2e/bad-input/target'

type Doc = { id: number | string }

/** A REST call as the admin, for setting up and tearing down; anything but 2xx stops the suite. */
export async function asAdmin<T = any>(target: Target, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${target.url}/api${path}`, {
    method,
    headers: { Authorization: `JWT ${target.adminToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} /api${path} as admin: ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

export async function uploadAsAdmin(target: Target, name: string, data: Record<string, unknown>): Promise<Media> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await testImage(320, 240))], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify(data))
  const response = await fetch(`${target.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${target.adminToken}` }, body: form })
  const body = await response.json()
  if (!response.ok) throw new Error(`uploading ${name}: ${response.status} ${JSON.stringify(body)}`)
  return body.doc
}

/** A body holding hostile text in a paragraph, a heading, a link and a quote, and optionally a picture. */
function hostileBody(label: string, picture?: Doc) {
  const body = toLexical([
    { kind: 'heading', text: hostileText(`${label}-heading`, 300) },
    {
      kind: 'paragraph',
      text: `${hostileText(`${label}-paragraph`, 400)} linked`,
      links: [{ text: 'linked', url: 'https://example.org/?a="><script>alert(6)</script>' }],
    },
    { kind: 'quote', paragraphs: [hostileText(`${label}-quote`, 400)], attribution: hostileText(`${label}-cite`, 200) },
  ])
  if (picture) {
    body.root.children.push({ type: 'upload', version: 3, format: '', relationTo: 'media', value: picture.id, fields: null } as never)
  }
  return body
}

/**
 * What the suite puts on the server before attacking it: published documents whose every text field
 * holds markup (which must come out escaped), and things visitors must never see: a draft article,
 * an unpublished edit of a published one, a draft demo report, a draft meeting and a photo still in review.
 */
export type Planted = {
  topic: Topic
  photo: Media
  report: DemoReport
  article: Article
  draft: Article
  edited: Article
  draftReport: DemoReport
  meeting: Meeting
  draftMeeting: Meeting
  privatePhoto: Media
  /** Words and file names from the unpublished things, which no visitor may ever be shown. */
  secrets: string[]
  /** Text each published field was saved with, by what it is. */
  texts: Record<string, string>
  settings: SiteSetting
  originalSettings: SiteSetting
}

export async function plant(target: Target): Promise<Planted> {
  const tag = marker('bi')
  const texts = {
    topicName: hostileText(`Topic${tag}`, 80),
    topicDescription: hostileText(`TopicDescription${tag}`, 500),
    alt: hostileText(`Alt${tag}`, 300),
    caption: hostileText(`Caption${tag}`, 1000),
    credit: hostileText(`Credit${tag}`, 120),
    reportTitle: hostileText(`Report${tag}`, 200),
    venue: hostileText(`Venue${tag}`, 300),
    city: hostileText(`City${tag}`, 100),
    country: hostileText(`Country${tag}`, 100),
    cause: hostileText(`Cause${tag}`, 200),
    organiser: hostileText(`Organiser${tag}`, 200),
    participation: hostileText(`Participation${tag}`, 1000),
    linkTitle: hostileText(`Link${tag}`, 200),
    articleTitle: hostileText(`Article${tag}`, 200),
    standfirst: hostileText(`Standfirst${tag}`, 300),
    byline: hostileText(`Byline${tag}`, 120),
    metaTitle: hostileText(`MetaTitle${tag}`, 200),
    metaDescription: hostileText(`MetaDescription${tag}`, 300),
    siteName: hostileText(`Site${tag}`, 100),
    tagline: hostileText(`Tagline${tag}`, 200),
    about: hostileText(`About${tag}`, 2000),
    footer: hostileText(`Footer${tag}`, 1000),
    navigation: hostileText(`Nav${tag}`, 40),
    meetingTitle: hostileText(`Meeting${tag}`, 200),
    meetingPlace: hostileText(`MeetingPlace${tag}`, 300),
    meetingDescription: hostileText(`MeetingDescription${tag}`, 1000),
  }
  const secret = { draft: marker('DRAFTARTICLE'), edit: marker('DRAFTEDIT'), report: marker('DRAFTREPORT'), photo: marker('PRIVATEPHOTO'), translation: marker('DRAFTTRANSLATION'), meeting: marker('DRAFTMEETING') }

  const { doc: topic } = await asAdmin<{ doc: Topic }>(target, 'POST', '/topics', { name: texts.topicName, description: texts.topicDescription })
  const privatePhoto = await uploadAsAdmin(target, `${secret.photo}.jpg`, {
    alt: `${secret.photo} alt`,
    caption: `${secret.photo} caption`,
    visibility: 'review',
    showsBanner: true,
    topics: [topic.id],
  })
  const photo = await uploadAsAdmin(target, 'hostile-words.jpg', {
    alt: texts.alt,
    caption: texts.caption,
    credit: texts.credit,
    licence: 'cc-by-4.0',
    visibility: 'public',
    showsBanner: true,
    topics: [topic.id],
  })
  const { doc: report } = await asAdmin<{ doc: DemoReport }>(target, 'POST', '/demo-reports', {
    title: texts.reportTitle,
    date: '2024-03-02T00:00:00.000Z',
    place: { venue: texts.venue, city: texts.city, country: texts.country },
    cause: texts.cause,
    organisers: [{ name: texts.organiser }],
    participation: texts.participation,
    links: [{ title: texts.linkTitle, url: 'https://example.org/?b="><script>alert(7)</script>' }],
    body: hostileBody(`ReportBody${tag}`, privatePhoto),
    photos: [photo.id, privatePhoto.id],
    topics: [topic.id],
    meta: { title: texts.metaTitle, description: texts.metaDescription },
    _status: 'published',
  })
  await asAdmin(target, 'PATCH', `/media/${photo.id}`, { demoReport: report.id })
  const { doc: article } = await asAdmin<{ doc: Article }>(target, 'POST', '/articles', {
    title: texts.articleTitle,
    standfirst: texts.standfirst,
    byline: texts.byline,
    body: hostileBody(`ArticleBody${tag}`, privatePhoto),
    heroImage: photo.id,
    topics: [topic.id],
    relatedDemoReports: [report.id],
    meta: { title: texts.metaTitle, description: texts.metaDescription },
    _status: 'published',
  })
  const { doc: draft } = await asAdmin<{ doc: Article }>(target, 'POST', '/articles', {
    title: `${secret.draft} title`,
    standfirst: `${secret.draft} standfirst`,
    body: toLexical([{ kind: 'paragraph', text: `${secret.draft} body` }]),
    heroImage: privatePhoto.id,
    topics: [topic.id],
    _status: 'draft',
  })
  const { doc: published } = await asAdmin<{ doc: Article }>(target, 'POST', '/articles', {
    title: `Published before its edit ${tag}`,
    standfirst: 'The published words.',
    topics: [topic.id],
    _status: 'published',
  })
  const { doc: edited } = await asAdmin<{ doc: Article }>(target, 'PATCH', `/articles/${published.id}?draft=true`, {
    title: `${secret.edit} title`,
    standfirst: `${secret.edit} standfirst`,
    heroImage: privatePhoto.id,
  })
  // A translation saved but not published: no language, fallback or locale parameter may show it.
  await asAdmin(target, 'PATCH', `/articles/${published.id}?draft=true&locale=uk`, {
    title: `${secret.translation} title`,
    standfirst: `${secret.translation} standfirst`,
  })
  const { doc: draftReport } = await asAdmin<{ doc: DemoReport }>(target, 'POST', '/demo-reports', {
    title: `${secret.report} title`,
    date: '2024-04-05T00:00:00.000Z',
    cause: `${secret.report} cause`,
    topics: [topic.id],
    photos: [privatePhoto.id],
    _status: 'draft',
  })

  // A week ahead, so it is on every list of what is coming and in the calendars.
  const inDays = (days: number, hours = 0) => new Date(Date.now() + (days * 24 + hours) * 3_600_000).toISOString()
  const { doc: meeting } = await asAdmin<{ doc: Meeting }>(target, 'POST', '/meetings', {
    title: texts.meetingTitle,
    startsAt: inDays(7),
    endsAt: inDays(7, 2),
    place: texts.meetingPlace,
    description: texts.meetingDescription,
    topics: [topic.id],
    _status: 'published',
  })
  const { doc: draftMeeting } = await asAdmin<{ doc: Meeting }>(target, 'POST', '/meetings', {
    title: `${secret.meeting} title`,
    startsAt: inDays(8),
    endsAt: inDays(8, 2),
    place: `${secret.meeting} place`,
    topics: [topic.id],
    _status: 'draft',
  })

  const originalSettings = await asAdmin<SiteSetting>(target, 'GET', '/globals/site-settings?depth=0')
  const { result: settings } = await asAdmin<{ result: SiteSetting }>(target, 'POST', '/globals/site-settings', {
    siteName: texts.siteName,
    tagline: texts.tagline,
    about: texts.about,
    footerText: texts.footer,
    navigation: [{ label: texts.navigation, url: '/news' }],
  })

  const secrets = [...Object.values(secret), privatePhoto.filename!, draft.slug!, draftReport.slug!, draftMeeting.slug!]
  for (const size of Object.values(privatePhoto.sizes ?? {})) if (size?.filename) secrets.push(size.filename)
  return { topic, photo, report, article, draft, edited, draftReport, meeting, draftMeeting, privatePhoto, secrets, texts, settings, originalSettings }
}

/** Puts the server back as it was: the planted documents deleted, the site settings restored. */
export async function unplant(target: Target, planted: Planted) {
  const { siteName, tagline, about, contactEmail, websiteURL, navigation, footerText } = planted.originalSettings
  await asAdmin(target, 'POST', '/globals/site-settings', { siteName, tagline, about, contactEmail, websiteURL, navigation, footerText })
  for (const doc of [planted.article, planted.draft, planted.edited]) await asAdmin(target, 'DELETE', `/articles/${doc.id}`)
  for (const doc of [planted.report, planted.draftReport]) await asAdmin(target, 'DELETE', `/demo-reports/${doc.id}`)
  for (const doc of [planted.meeting, planted.draftMeeting]) await asAdmin(target, 'DELETE', `/meetings/${doc.id}`)
  for (const doc of [planted.photo, planted.privatePhoto]) await asAdmin(target, 'DELETE', `/media/${doc.id}`)
  await asAdmin(target, 'DELETE', `/topics/${planted.topic.id}`)
}
