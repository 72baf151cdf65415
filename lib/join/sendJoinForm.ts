'use server'

import { redirect, RedirectType } from 'next/navigation'

import { defaultLanguage, languageOf } from '@/i18n/languages'
import type { JoinFormState } from '@/lib/join/joinFormState'
import { submitJoinRequest } from '@/lib/join/submitJoinRequest'
import { payloadClient } from '@/lib/startup/payloadClient'
import { localizedPath } from '@/lib/urls/localizedPath'

/** A form field as text: a file or a missing field is nothing typed. */
function typed(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * The join form's server action. Sent without JavaScript it is a plain POST to the page's own
 * address, answered by the page again with the visitor's values and messages, or by a 303 to the
 * confirmation page; with JavaScript, the same in place. A filled honeypot gets the confirmation too.
 */
export async function sendJoinForm(_previous: JoinFormState, form: FormData): Promise<JoinFormState> {
  const language = languageOf(typed(form, 'language')) ?? defaultLanguage
  const fields = { name: typed(form, 'name'), email: typed(form, 'email'), message: typed(form, 'message'), consent: typed(form, 'consent'), website: typed(form, 'website') }
  const result = await submitJoinRequest(await payloadClient(), fields, { language: language.code })
  if (result.outcome === 'invalid') {
    return { values: { name: fields.name, email: fields.email, message: fields.message, consent: fields.consent === 'on' }, errors: result.errors }
  }
  redirect(localizedPath(language.code, '/join/thanks'), RedirectType.push)
}
