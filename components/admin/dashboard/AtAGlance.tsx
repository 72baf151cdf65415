import { formatAdminURL } from '@payloadcms/ui/shared'
import Link from 'next/link'
import type { ServerProps } from 'payload'

import { WAITING } from '@/collections/RemovalRequests/status'
import { GlancePanel } from '@/components/admin/dashboard/GlancePanel'
import { LocalTime } from '@/components/admin/dashboard/LocalTime'
import type { CustomTranslationKey } from '@/i18n/adminText'
import { defaultLanguage, languageOf } from '@/i18n/languages'
import { getAtAGlance, startOfToday } from '@/lib/queries'
import { formatDate } from '@/lib/text/format'

/**
 * The top of the admin's dashboard: photos taken down on request, photos waiting for review (marked
 * when the face detector suggested faces nobody has looked at yet), the next demonstrations and meetings, drafts
 * scheduled to publish and join requests nobody has handled, each with a link to the whole list.
 */
export async function AtAGlance({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const lang = languageOf(i18n.language)?.code ?? defaultLanguage.code
  const { photosInReview, upcomingDemos, upcomingMeetings, scheduled, joinRequests, takedowns } = await getAtAGlance(user, lang)
  const t = (key: string, values?: Record<string, unknown>) => i18n.t(`custom:dashboard:${key}` as CustomTranslationKey as never, values)
  const admin = (path: `/${string}`, filter?: Record<string, string>) =>
    formatAdminURL({ adminRoute: payload.config.routes.admin, path: filter ? `${path}?${new URLSearchParams(filter)}` : path })

  return (
    <div className="at-a-glance">
      <h2>{t('title')}</h2>
      <div className="at-a-glance__panels">
        <GlancePanel
          title={t('takedowns')}
          total={takedowns.totalDocs}
          empty={t('noTakedowns')}
          seeAll={{ href: admin('/collections/removal-requests', { 'where[status][in]': WAITING.join(',') }), label: t('seeAll') }}
        >
          {takedowns.docs.map((request) => (
            <li key={request.id}>
              <Link href={admin(`/collections/removal-requests/${request.id}`)}>{i18n.t(`custom:removalRequests:wish:options:${request.wish}` as never)}</Link> ·{' '}
              <LocalTime at={request.createdAt} />
              {request.status === 'queued' ? ` · ${t('queued')}` : ''}
            </li>
          ))}
        </GlancePanel>
        <GlancePanel
          title={t('photosInReview')}
          total={photosInReview.totalDocs}
          empty={t('noPhotosInReview')}
          seeAll={{ href: admin('/collections/media', { 'where[visibility][equals]': 'review' }), label: t('seeAll') }}
        >
          {photosInReview.docs.map((photo) => (
            <li key={photo.id}>
              <Link href={admin(`/collections/media/${photo.id}`)}>{photo.alt || photo.filename}</Link>
              {photo.faceCheck === 'suggested' ? <strong className="at-a-glance__faces"> · {t('facesToCheck')}</strong> : null}
            </li>
          ))}
        </GlancePanel>
        <GlancePanel
          title={t('upcoming')}
          total={upcomingDemos.totalDocs}
          empty={t('noUpcoming')}
          seeAll={{ href: admin('/collections/demo-reports', { 'where[date][greater_than_equal]': startOfToday(), sort: 'date' }), label: t('seeAll') }}
        >
          {upcomingDemos.docs.map((demo) => (
            <li key={demo.id}>
              <Link href={admin(`/collections/demo-reports/${demo.id}`)}>{demo.title}</Link> · {formatDate(demo.date, lang)}
              {demo.startTime ? `, ${demo.startTime}` : ''}
              {demo._status === 'draft' ? ` · ${t('draft')}` : ''}
            </li>
          ))}
        </GlancePanel>
        <GlancePanel
          title={t('upcomingMeetings')}
          total={upcomingMeetings.totalDocs}
          empty={t('noUpcomingMeetings')}
          seeAll={{ href: admin('/collections/meetings', { 'where[endsAt][greater_than]': new Date().toISOString(), sort: 'startsAt' }), label: t('seeAll') }}
        >
          {upcomingMeetings.docs.map((meeting) => (
            <li key={meeting.id}>
              <Link href={admin(`/collections/meetings/${meeting.id}`)}>{meeting.title}</Link> · <LocalTime at={meeting.startsAt} />
              {meeting.status && meeting.status !== 'scheduled' ? ` · ${i18n.t(`custom:meetings:status:options:${meeting.status}` as never)}` : ''}
              {meeting._status === 'draft' ? ` · ${t('draft')}` : ''}
            </li>
          ))}
        </GlancePanel>
        <GlancePanel
          title={t('scheduled')}
          total={scheduled.total}
          empty={t('noneScheduled')}
        >
          {scheduled.docs.map((publication) => (
            <li key={`${publication.collection}-${publication.id}`}>
              <Link href={admin(`/collections/${publication.collection}/${publication.id}`)}>{publication.title}</Link> · <LocalTime at={publication.at} />
            </li>
          ))}
        </GlancePanel>
        <GlancePanel
          title={t('joinRequests')}
          total={joinRequests.totalDocs}
          empty={t('noJoinRequests')}
          seeAll={{ href: admin('/collections/join-requests', { 'where[handled][not_equals]': 'true' }), label: t('seeAll') }}
        >
          {joinRequests.docs.map((request) => (
            <li key={request.id}>
              <Link href={admin(`/collections/join-requests/${request.id}`)}>{request.name || request.email}</Link> · <LocalTime at={request.createdAt} />
            </li>
          ))}
        </GlancePanel>
      </div>
    </div>
  )
}
