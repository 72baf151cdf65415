'use client'

import { useActionState } from 'react'

import { fill } from '@/i18n/fill'
import type { LanguageCode } from '@/i18n/languages'
import type { SiteStrings } from '@/i18n/siteText'
import { EMPTY_JOIN_FORM } from '@/lib/join/joinFormState'
import { MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH } from '@/lib/join/limits'
import { sendJoinForm } from '@/lib/join/sendJoinForm'
import type { JoinField } from '@/lib/join/validateJoinRequest'

/** `address` is the form's own page, where it is sent without JavaScript. */
type Props = { language: LanguageCode; address: string; retentionDays: number; t: SiteStrings['joinForm'] }

const MAXIMA = { max: MAX_MESSAGE_LENGTH }

/**
 * The join form, a client leaf for `useActionState` alone: it works without JavaScript, posting to
 * its page's own address (the permalink), and with it, keeps the page in place while it sends.
 * Messages stand under their fields, tied to them for screen readers.
 */
export function JoinForm({ language, address, retentionDays, t }: Props) {
  const [state, send, sending] = useActionState(sendJoinForm, EMPTY_JOIN_FORM, address)
  const { values, errors } = state
  const errorOf = (field: JoinField) => {
    const key = errors[field]
    return key ? fill(t.errors[key], field === 'name' ? { max: MAX_NAME_LENGTH } : MAXIMA) : null
  }
  const described = (field: JoinField, ...more: string[]) => [errors[field] ? `join-${field}-error` : '', ...more].filter(Boolean).join(' ') || undefined
  const message = (field: JoinField) => {
    const text = errorOf(field)
    return text && (
      <p className="join-form__error" id={`join-${field}-error`}>
        {text}
      </p>
    )
  }

  return (
    <form className="join-form" action={send} noValidate aria-labelledby="join-form-heading">
      <h2 id="join-form-heading">{t.heading}</h2>
      {Object.keys(errors).length > 0 && (
        <p className="join-form__failed" role="alert">
          {t.failed}
        </p>
      )}
      <input type="hidden" name="language" value={language} />
      <p>
        <label htmlFor="join-name">{t.name}</label>
        <input id="join-name" name="name" type="text" autoComplete="name" defaultValue={values.name} aria-invalid={Boolean(errors.name)} aria-describedby={described('name')} />
        {message('name')}
      </p>
      <p>
        <label htmlFor="join-email">{t.email}</label>
        <input id="join-email" name="email" type="email" autoComplete="email" required defaultValue={values.email} aria-invalid={Boolean(errors.email)} aria-describedby={described('email')} />
        {message('email')}
      </p>
      <p>
        <label htmlFor="join-message">{t.message}</label>
        <textarea id="join-message" name="message" rows={8} required defaultValue={values.message} aria-invalid={Boolean(errors.message)} aria-describedby={described('message', 'join-message-hint')} />
        <span className="join-form__hint" id="join-message-hint">
          {fill(t.messageHint, MAXIMA)}
        </span>
        {message('message')}
      </p>
      <div className="join-form__trap" aria-hidden="true">
        <label htmlFor="join-website">{t.trap}</label>
        <input id="join-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p className="join-form__consent">
        <input id="join-consent" name="consent" type="checkbox" required defaultChecked={values.consent} aria-invalid={Boolean(errors.consent)} aria-describedby={described('consent')} />
        <label htmlFor="join-consent">{fill(t.consent, { days: retentionDays })}</label>
        {message('consent')}
      </p>
      <button type="submit" disabled={sending}>
        {t.send}
      </button>
    </form>
  )
}
