'use client'
import { useTranslation } from '@payloadcms/ui'

/**
 * A moment in the organiser's own time zone, which only the browser knows; the server's guess is
 * replaced when the page comes alive.
 */
export function LocalTime({ at }: { at: string }) {
  const { i18n } = useTranslation()
  return (
    <time dateTime={at} suppressHydrationWarning>
      {new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at))}
    </time>
  )
}
