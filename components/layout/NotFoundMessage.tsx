import Link from 'next/link'

import { SearchForm } from '@/components/layout/SearchForm'

export function NotFoundMessage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>The page you asked for is not here: it may have moved, or the address may be mistyped.</p>
      <SearchForm />
      <ul>
        <li>
          <Link href="/">Home</Link>
        </li>
        <li>
          <Link href="/news">News</Link>
        </li>
        <li>
          <Link href="/demos">Demonstrations</Link>
        </li>
      </ul>
    </>
  )
}
