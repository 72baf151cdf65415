import { expireAtEventEnd } from '@/hooks/expireAtEventEnd'
import { upcomingUntil } from '@/lib/queries/demoReports'
import type { DemoReport } from '@/payload-types'

/** A demonstration is upcoming until the end of its day (see isUpcoming). */
export const expireDemoAtItsEnd = expireAtEventEnd<DemoReport>('demo-reports', (report) => (report.date ? upcomingUntil(report) : null))
