import { DEFAULT_TIME_ZONE } from '@/fields/timeZone'
import type { SiteSetting } from '@/payload-types'

export const TOPICS = [
  { name: 'Ukraine', slug: 'ukraine', description: 'Ukraine’s resistance to Russia’s invasion and occupation.' },
  { name: 'Palestine', slug: 'palestine', description: 'Palestinians’ struggle against occupation, blockade and genocide.' },
  { name: 'Solidarity', slug: 'solidarity', description: 'Building links between struggles, across borders.' },
  { name: 'Civil liberties', slug: 'civil-liberties', description: 'The right to protest, organise and speak, here too.' },
]

export const SITE_SETTINGS: Omit<SiteSetting, 'id' | 'updatedAt' | 'createdAt'> = {
  siteName: 'Ukraine Information Group',
  tagline: 'From Ukraine to Palestine, Occupation is a crime',
  about:
    'We are a group that has joined anti-war demonstrations against Israel’s war on Palestine and against Russia’s war on Ukraine, behind one banner: “From Ukraine to Palestine, Occupation is a crime”. We hold meetings that analyse the global situation and bring the different struggles together.',
  contactEmail: '2022ukrainesolidarity@gmail.com',
  websiteURL: 'https://ukraine-solidarity.org',
  navigation: [
    { label: 'News', url: '/news' },
    { label: 'Demos', url: '/demos' },
    { label: 'Meetings', url: '/meetings' },
    { label: 'Photos', url: '/photos' },
    { label: 'About', url: '/about' },
    { label: 'Join us', url: '/join' },
  ],
  footerText: 'Solidarity without borders.',
  timeZone: DEFAULT_TIME_ZONE,
}

export const LONDON_DEMO = {
  title: 'London demonstration for ceasefire in Gaza',
  slug: 'london-ceasefire-in-gaza-2024-06-08',
  date: '2024-06-08T12:00:00.000Z',
  place: { city: 'London', country: 'United Kingdom' },
  cause: 'Ceasefire in Gaza',
  participation:
    'We marched with our banner, “From Ukraine to Palestine, Occupation is a crime”, and handed out our leaflet “Why we carry this banner”.',
  topicSlugs: ['palestine', 'solidarity'],
}

export const ILLUSTRATION_CAPTION =
  'An illustration of the group’s banner, drawn for this site: not a photograph of a demonstration.'

/**
 * The demo's example of what the leaflet invites people to: a meeting a week after the demo is
 * first started, at 19:00 in the group's time zone, so the home page and /join show a next meeting.
 */
export const DEMO_MEETING = {
  title: 'Discussion: the global situation and our struggles together',
  slug: 'discussion-the-global-situation',
  place: 'Central London: the room is confirmed to everyone who writes to us',
  description:
    'Our regular meeting, open to everyone: we analyse the global situation and bring the different struggles together, from Ukraine to Palestine. Come as you are; no need to have been to a demonstration with us.',
  topicSlugs: ['ukraine', 'palestine', 'solidarity'],
  daysAhead: 7,
  startHour: 19,
  hours: 2,
}
