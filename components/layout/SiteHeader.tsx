import Link from 'next/link'

export function SiteHeader() {
  return (
    <header className="masthead">
      <Link href="/" className="masthead__banner">
        From Ukraine to Palestine, <strong>Occupation is a crime</strong>
      </Link>
    </header>
  )
}
