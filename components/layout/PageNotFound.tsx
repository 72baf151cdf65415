import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { NotFoundMessage } from '@/components/layout/NotFoundMessage'

/** Throws Next's "not found" where it can no longer fail the page: inside a Suspense boundary. */
async function NotFoundStatus(): Promise<never> {
  notFound()
}

/**
 * What a page shows for something that is not there: the 404 message inside the site's layout,
 * answered with status 404, for the browser and for visitors and crawlers without JavaScript.
 *
 * Next 16.4 answers a page that calls `notFound()` itself with an empty document
 * (`<html id="__next_error__">`) that only JavaScript fills in (vercel/next.js#62228). Here the
 * message is rendered as the page, and `notFound()` is thrown inside a Suspense boundary, which
 * for a statically rendered (ISR) page sets the status without discarding the page; in the browser
 * the not-found boundary then shows the same message. Only ISR pages may return it: a page rendered
 * per request would answer 200.
 */
export function PageNotFound() {
  return (
    <>
      <NotFoundMessage />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  )
}
