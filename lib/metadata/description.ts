import type { Article, DemoReport, Meeting } from '@/payload-types'

import { excerpt, plainText } from '@/lib/text/plainText'

/**
 * The one line that stands for a document wherever it is quoted without its page: feeds, link
 * previews, search engines. Shared so they all say the same thing.
 */
export function articleDescription(article: Pick<Article, 'standfirst' | 'body'>): string {
  return article.standfirst?.trim() || excerpt(plainText(article.body))
}

/** A report written in a hurry may have no body yet, only what it was about and how we took part. */
export function demoReportDescription(report: Pick<DemoReport, 'body' | 'cause' | 'participation'>): string {
  return excerpt(plainText(report.body)) || excerpt([report.cause, report.participation].filter(Boolean).join(': '))
}

/** A meeting announced before anyone has written what it is about still says where it is. */
export function meetingDescription(meeting: Pick<Meeting, 'description' | 'place'>): string {
  return excerpt(meeting.description ?? '') || meeting.place?.trim() || ''
}
