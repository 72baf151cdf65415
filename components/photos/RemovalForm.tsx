'use client'

import { useActionState } from 'react'

import { fill } from '@/i18n/fill'
import type { LanguageCode } from '@/i18n/languages'
import type { SiteStrings } from '@/i18n/siteText'
import { MAX_NOTE_LENGTH } from '@/lib/removal/limits'
import { EMPTY_REMOVAL_FORM } from '@/lib/removal/removalFormState'
import { sendRemovalForm } from '@/lib/removal/sendRemovalForm'
import { type RemovalField, WISHES } from '@/lib/removal/validateRemovalRequest'

/** `address` is the form's own page, where it is sent without JavaScript. */
type Props = { language: LanguageCode; photoId: number | string; address: string; t: SiteStrings['removalForm'] }

const MAXIMA = { max: MAX_NOTE_LENGTH }

/**
 * The removal form, a client leaf for `useActionState` alone: it works without JavaScript, posting
 * to its page's own address, and with it, keeps the page in place while it sends. It shares the
 * join form's look: both are a person writing to the organisers.
 */
export function RemovalForm({ language, photoId, address, t }: Props) {
  const [state, send, sending] = useActionState(sendRemovalForm, EMPTY_REMOVAL_FORM, address)
  const { values, errors } = state
  const described = (field: RemovalField, ...more: string[]) => [errors[field] ? `removal-${field}-error` : '', ...more].filter(Boolean).join(' ') || undefined
  const message = (field: RemovalField) => {
    const key = errors[field]
    return (
      key && (
        <p className="join-form__error" id={`removal-${field}-error`}>
          {fill(t.errors[key], MAXIMA)}
        </p>
      )
    )
  }

  return (
    <form className="join-form" action={send} noValidate aria-label={t.title}>
      {Object.keys(errors).length > 0 && (
        <p className="join-form__failed" role="alert">
          {t.failed}
        </p>
      )}
      {state.tooMany && (
        <p className="join-form__failed" role="alert">
          {t.errors.tooMany}
        </p>
      )}
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="photo" value={String(photoId)} />
      <fieldset className="join-form__choice" aria-invalid={Boolean(errors.wish)} aria-describedby={described('wish')}>
        <legend>{t.wish}</legend>
        {WISHES.map((wish) => (
          <p key={wish}>
            <input id={`removal-wish-${wish}`} name="wish" type="radio" value={wish} required defaultChecked={values.wish === wish} />
            <label htmlFor={`removal-wish-${wish}`}>{t.wishOptions[wish]}</label>
          </p>
        ))}
        {message('wish')}
      </fieldset>
      <p>
        <label htmlFor="removal-note">{t.note}</label>
        <textarea id="removal-note" name="note" rows={4} defaultValue={values.note} aria-invalid={Boolean(errors.note)} aria-describedby={described('note', 'removal-note-hint')} />
        <span className="join-form__hint" id="removal-note-hint">
          {fill(t.noteHint, MAXIMA)}
        </span>
        {message('note')}
      </p>
      <p>
        <label htmlFor="removal-contact">{t.contact}</label>
        <input id="removal-contact" name="contact" type="email" autoComplete="email" defaultValue={values.contact} aria-invalid={Boolean(errors.contact)} aria-describedby={described('contact')} />
        {message('contact')}
      </p>
      <p className="join-form__hint">{t.privacy}</p>
      <button type="submit" disabled={sending}>
        {t.send}
      </button>
    </form>
  )
}
