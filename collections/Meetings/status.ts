import { adminText } from '@/i18n/adminText'

/** A meeting keeps its page and its place in the lists whatever happens to it; calendars are told. */
export const MEETING_STATUSES = ['scheduled', 'cancelled', 'moved'] as const

export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export const meetingStatusOptions = MEETING_STATUSES.map((value) => ({ value, label: adminText(`meetings:status:options:${value}`) }))
