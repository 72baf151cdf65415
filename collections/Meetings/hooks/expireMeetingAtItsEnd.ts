import { expireAtEventEnd } from '@/hooks/expireAtEventEnd'
import type { Meeting } from '@/payload-types'

/** A meeting is upcoming until it ends. */
export const expireMeetingAtItsEnd = expireAtEventEnd<Meeting>('meetings', (meeting) => (meeting.endsAt ? new Date(meeting.endsAt) : null))
