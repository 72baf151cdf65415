import { eventCalendarRoute } from '@/lib/feeds/eventCalendarRoute'

export const runtime = 'nodejs'
/** Built on its first request, then served from the cache until its tags expire (a change, or the event's end). */
export const dynamic = 'force-static'
/** REVALIDATE_SECONDS, written out: Next reads segment config from the source and refuses an imported name. */
export const revalidate = 3600

/** None at build time: events change in the admin. */
export function generateStaticParams() {
  return []
}

export const GET = eventCalendarRoute('demo-reports')
