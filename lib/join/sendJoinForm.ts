'use server'

import { redirect, RedirectType } from 'next/navigation'

import { defaultLanguage, languageOf } from '@/i18n/languages'
import type { JoinFormState } from '@/lib/join/joinFormState'
import { submitJoinRequest } from '@/lib/join/submitJoinRequest'
import { payloadClient } from '@/lib/startup/payloadClient'
import { formField } from '@/lib/text/formField'
import { localizedPath } from '@/lib/urls/localizedPath'

/**
 * The join form's server action. Sent without JavaScript it is a plain POST to the page's own
 * address, answered by the page again with the visitor's values and messages, or by a 303 to the
 * confirmation page; with JavaScript, the same in place. A filled honeypot gets the confirmation too.
 */
export async function sendJoinForm(_previous: JoinFormState, form: FormData): Promise<JoinFormState> {
  const language = languageOf(formField(form, 'language')) ?? defaultLanguage
  const fields = { name: formField(form, 'name'), email: formField(form, 'email'), message: formField(form, 'message'), consent: formField(form, 'consent'), website: formField(form, 'website') }
  const result = await submitJoinRequest(await payloadClient(), fields, { language: language.code })
  if (result.outcome === 'invalid') {
    return { values: { name: fields.name, email: fields.email, message: fields.message, consent: fields.consent === 'on' }, errors: result.errors }
  }
  redirect(localizedPath(language.code, '/join/thanks'), RedirectType.push)
}
