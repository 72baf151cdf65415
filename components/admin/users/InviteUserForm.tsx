'use client'
import { Button, Gutter, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from '@payloadcms/ui/shared'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import { INVITATION_DAYS } from '@/collections/Users/invitationDays'
import type { CustomTranslationKey, CustomTranslations } from '@/i18n/adminText'

type FieldErrors = Partial<Record<'name' | 'email' | 'form', string>>

/** What the REST API answered, as messages beside the fields they are about. */
function errorsFrom(body: { errors?: { message?: string; data?: { errors?: { path: string; message: string }[] } }[] }): FieldErrors {
  const [error] = body.errors ?? []
  const fields = error?.data?.errors ?? []
  if (fields.length === 0) return { form: error?.message }
  return Object.fromEntries(fields.map(({ path, message }) => [path === 'name' || path === 'email' ? path : 'form', message]))
}

/** Name, email and role: the API gives the new user a password nobody knows and emails them a link to choose their own. */
export function InviteUserForm() {
  const { config } = useConfig()
  const { i18n, t } = useTranslation<CustomTranslations, CustomTranslationKey>()
  const router = useRouter()
  const [sending, setSending] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const user = { name: form.get('name'), email: form.get('email'), role: form.get('role') }
    setSending(true)
    setErrors({})
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/users`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify(user),
      })
      const body = await response.json()
      if (!response.ok) return setErrors(errorsFrom(body))
      toast.success(t('custom:users:invite:sent', { email: String(user.email) }))
      router.push(formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/users/${body.doc.id}` }))
    } catch {
      setErrors({ form: t('custom:users:invite:failed') })
    } finally {
      setSending(false)
    }
  }

  const field = (name: 'name' | 'email', type: string, label: string, autoComplete: string) => (
    <div className={`field-type text invite-user__field${errors[name] ? ' error' : ''}`}>
      <label className="field-label" htmlFor={`invite-${name}`}>
        {label}
        <span className="required">*</span>
      </label>
      <input id={`invite-${name}`} name={name} type={type} required autoComplete={autoComplete} aria-invalid={Boolean(errors[name])} aria-describedby={errors[name] ? `invite-${name}-error` : undefined} />
      {errors[name] && <p id={`invite-${name}-error`} className="invite-user__error" role="alert">{errors[name]}</p>}
    </div>
  )

  return (
    <Gutter className="invite-user">
      <h1>{t('custom:users:invite:title')}</h1>
      <p>{t('custom:users:invite:intro', { days: INVITATION_DAYS })}</p>
      <form onSubmit={invite}>
        {field('name', 'text', t('custom:users:name:label'), 'name')}
        {field('email', 'email', t('general:email'), 'email')}
        <div className="field-type select invite-user__field">
          <label className="field-label" htmlFor="invite-role">{t('custom:users:role:label')}</label>
          <select id="invite-role" name="role" defaultValue="editor">
            <option value="editor">{t('custom:users:role:options:editor')}</option>
            <option value="admin">{t('custom:users:role:options:admin')}</option>
          </select>
          <p className="field-description">{t('custom:users:role:description')}</p>
        </div>
        {errors.form && <p className="invite-user__error" role="alert">{errors.form}</p>}
        <Button type="submit" disabled={sending}>
          {sending ? t('custom:users:invite:sending') : t('custom:users:invite:send')}
        </Button>
      </form>
    </Gutter>
  )
}
