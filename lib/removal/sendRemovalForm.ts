'use server'

import { headers } from 'next/headers'
import { notFound, redirect, RedirectType } from 'next/navigation'

import { defaultLanguage, languageOf } from '@/i18n/languages'
import { UNKNOWN_VISITOR, VISITOR_ADDRESS_HEADER } from '@/lib/limits/visitorAddress'
import type { RemovalFormState } from '@/lib/removal/removalFormState'
import { submitRemovalRequest } from '@/lib/removal/submitRemovalRequest'
import { payloadClient } from '@/lib/startup/payloadClient'
import { formField } from '@/lib/text/formField'
import { localizedPath } from '@/lib/urls/localizedPath'
import { REMOVAL_THANKS_PATH } from '@/lib/urls/photoLinks'

/**
 * The removal form's server action. Sent without JavaScript it is a plain POST to the form's own
 * address, answered by the page again with the visitor's values and messages, or by a 303 to the
 * thanks page; with JavaScript, the same in place. A photo that is not public gets the same 404 as
 * an id that names nothing.
 */
export async function sendRemovalForm(_previous: RemovalFormState, form: FormData): Promise<RemovalFormState> {
  const language = languageOf(formField(form, 'language')) ?? defaultLanguage
  const values = { wish: formField(form, 'wish'), note: formField(form, 'note'), contact: formField(form, 'contact') }
  const requesterAddress = (await headers()).get(VISITOR_ADDRESS_HEADER) ?? UNKNOWN_VISITOR
  const result = await submitRemovalRequest(await payloadClient(), values, { photoId: formField(form, 'photo'), requesterAddress })
  if (result.outcome === 'unknown') notFound()
  if (result.outcome === 'invalid') return { values, errors: result.errors, tooMany: false }
  if (result.outcome === 'tooMany') return { values, errors: {}, tooMany: true }
  redirect(localizedPath(language.code, REMOVAL_THANKS_PATH), RedirectType.push)
}
