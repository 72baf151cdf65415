'use client'
import { Button, toast, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import type { CustomTranslationKey, CustomTranslations } from '@/i18n/adminText'
import type { User } from '@/payload-types'

/**
 * Above the list of join requests, for admins: everything one person sent, by their address, as a
 * download or deleted, for the requests people make under data-protection law. It calls
 * `/api/join-requests/by-email` (endpoints/joinRequestsByEmail.ts), which checks the role again.
 */
export function OnePersonsRequests() {
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n, t } = useTranslation<CustomTranslations, CustomTranslationKey>()
  const router = useRouter()
  const [email, setEmail] = useState('')
  const [problem, setProblem] = useState('')
  if (user?.role !== 'admin') return null

  const address = `${config.serverURL}${config.routes.api}/join-requests/by-email?email=${encodeURIComponent(email.trim())}`

  /** The endpoint's refusal, in its words, or null when it answered. */
  async function refusalOf(response: Response): Promise<string | null> {
    if (response.ok) return null
    const body = await response.json().catch(() => ({}))
    return body.errors?.[0]?.message ?? t('custom:joinRequests:onePerson:failed')
  }

  async function download(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setProblem('')
    const response = await fetch(address, { credentials: 'include', headers: { 'Accept-Language': i18n.language } })
    const refused = await refusalOf(response)
    if (refused) return setProblem(refused)
    const link = document.createElement('a')
    link.href = URL.createObjectURL(await response.blob())
    link.download = 'join-requests.json'
    link.click()
    URL.revokeObjectURL(link.href)
  }

  async function deleteAll() {
    setProblem('')
    if (!window.confirm(t('custom:joinRequests:onePerson:confirm', { email: email.trim() }))) return
    const response = await fetch(address, { method: 'DELETE', credentials: 'include', headers: { 'Accept-Language': i18n.language } })
    const refused = await refusalOf(response)
    if (refused) return setProblem(refused)
    const { deleted } = (await response.json()) as { deleted: number }
    toast.success(t('custom:joinRequests:onePerson:deleted', { count: deleted, email: email.trim() }))
    router.refresh()
  }

  return (
    <form className="one-persons-requests" onSubmit={download} style={{ marginBottom: '1.5rem' }}>
      <h3>{t('custom:joinRequests:onePerson:title')}</h3>
      <p>{t('custom:joinRequests:onePerson:intro')}</p>
      <div className="field-type email">
        <label className="field-label" htmlFor="one-person-email">
          {t('custom:joinRequests:email:label')}
        </label>
        <input id="one-person-email" type="email" required value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" />
      </div>
      {problem && <p role="alert">{problem}</p>}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
        <Button type="submit" buttonStyle="secondary">
          {t('custom:joinRequests:onePerson:download')}
        </Button>
        <Button type="button" buttonStyle="secondary" disabled={!email.trim()} onClick={deleteAll}>
          {t('custom:joinRequests:onePerson:delete')}
        </Button>
      </div>
    </form>
  )
}
