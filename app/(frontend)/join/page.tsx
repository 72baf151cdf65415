import { ProtectedEmail } from '@/components/contact/ProtectedEmail'
import { pageMetadata } from '@/lib/metadata/pageMetadata'
import { obfuscateEmail } from '@/lib/text/obfuscateEmail'
import { getSiteSettings } from '@/lib/queries'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export const metadata = pageMetadata({
  title: 'Join us',
  description: 'Come to our discussions and march with us: how to get in touch.',
  path: '/join',
})

export default async function JoinPage() {
  const settings = await getSiteSettings()
  return (
    <>
      <h1>Join us</h1>
      <p className="standfirst">
        We meet to analyse the global situation and bring the different struggles together, and we march
        behind our banner. Everyone who shares its message is welcome.
      </p>
      {settings.contactEmail ? (
        <p>
          Write to us: <ProtectedEmail {...obfuscateEmail(settings.contactEmail)} />
        </p>
      ) : (
        <p>Contact details will be published here soon.</p>
      )}
      {settings.websiteURL && (
        <p>
          Our web site:{' '}
          <a href={settings.websiteURL} rel="noopener">
            {settings.websiteURL.replace(/^https?:\/\//, '').replace(/\/$/, '')}
          </a>
        </p>
      )}
      <p>
        Follow our news by <a href="/feed.xml">RSS</a>.
      </p>
    </>
  )
}
