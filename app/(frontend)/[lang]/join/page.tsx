import { ProtectedEmail } from '@/components/contact/ProtectedEmail'
import { JoinForm } from '@/components/join/JoinForm'
import { NextMeeting } from '@/components/meeting/NextMeeting'
import { type LanguageParams, pageLanguage } from '@/i18n/pageLanguage'
import { siteText } from '@/i18n/siteText'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { DEFAULT_RETENTION_DAYS } from '@/lib/join/limits'
import { obfuscateEmail } from '@/lib/text/obfuscateEmail'
import { localizedPath } from '@/lib/urls/localizedPath'
import { getSiteSettings } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

type Props = { params: Promise<LanguageParams> }

export async function generateMetadata({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).join
  return pageMetadata({ lang: code, title: t.title, description: t.description, path: '/join' })
}

export default async function JoinPage({ params }: Props) {
  const { code } = await pageLanguage(params)
  const t = siteText(code).join
  const settings = await getSiteSettings(code)
  return (
    <>
      <h1>{t.title}</h1>
      <p className="standfirst">{t.intro}</p>
      <NextMeeting lang={code} />
      {settings.contactEmail ? (
        <p>
          {t.writeToUs} <ProtectedEmail {...obfuscateEmail(settings.contactEmail)} />
        </p>
      ) : (
        <p>{t.noContact}</p>
      )}
      <JoinForm
        language={code}
        address={localizedPath(code, '/join')}
        retentionDays={settings.joinRetentionDays ?? DEFAULT_RETENTION_DAYS}
        t={siteText(code).joinForm}
      />
      {settings.websiteURL && (
        <p>
          {t.website}{' '}
          <a href={settings.websiteURL} rel="noopener">
            {settings.websiteURL.replace(/^https?:\/\//, '').replace(/\/$/, '')}
          </a>
        </p>
      )}
      <p>
        {t.feedLead} <a href={localizedPath(code, '/feed.xml')}>{t.feedLink}</a>.
      </p>
    </>
  )
}
