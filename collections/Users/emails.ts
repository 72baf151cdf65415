import type { IncomingAuthType, PayloadRequest } from 'payload'

import { env } from '@/lib/startup/env'
import { escapeMarkup } from '@/lib/text/escapeMarkup'

type Args = { req?: PayloadRequest; token?: string } | undefined

const translate = (args: Args, key: Parameters<PayloadRequest['t']>[0]) => escapeMarkup(args?.req?.t(key) ?? '')

/**
 * The password-reset message, in the language the reset was asked for in (Payload's own texts),
 * with an absolute link: without SERVER_URL, Payload writes `/admin/reset/<token>`, which no mail
 * program can open. The link is built on the site's configured address, never on the Host a
 * request names, which whoever asks for a reset can forge to send the token to their own site.
 */
export const resetPasswordEmail: NonNullable<IncomingAuthType['forgotPassword']> = {
  generateEmailHTML: (args: Args) => {
    const adminRoute = args?.req?.payload.config.routes.admin ?? '/admin'
    const link = escapeMarkup(`${env().serverURL}${adminRoute}/reset/${encodeURIComponent(args?.token ?? '')}`)
    return [
      `<p>${translate(args, 'authentication:youAreReceivingResetPassword')}</p>`,
      `<p><a href="${link}">${link}</a></p>`,
      `<p>${translate(args, 'authentication:youDidNotRequestPassword')}</p>`,
    ].join('\n')
  },
}
