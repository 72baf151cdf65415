'use client'

import { type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode, useEffect, useRef, useState } from 'react'

import { Arrow } from '@/components/layout/Arrow'
import type { LightboxPhoto } from '@/lib/urls/photoLinks'

const SWIPE_PX = 50

/** Its words, in the page's language: the server parent passes them, so no strings file reaches the browser. */
export type LightboxLabels = { viewer: string; previous: string; next: string; close: string; photoPage: string; remove: string }

/**
 * Where a rightward move goes in the photo order: forward in left-to-right pages, back in
 * right-to-left ones, where the next photo lies to the left. Read at event time, from the element,
 * so it follows whatever `dir` the page has now.
 */
const rightwardStep = (element: Element) => (getComputedStyle(element).direction === 'rtl' ? -1 : 1)

/**
 * Enhances a grid of photo links: a click opens the photo in a modal dialog (which keeps focus
 * inside it), arrow keys and swipes move, Escape closes and returns focus to the thumbnail, and the
 * address bar shows the photo's own page so it can be shared. Without JavaScript the links simply
 * open `/photos/<id>`.
 */
export function Lightbox({ photos, labels, children }: { photos: LightboxPhoto[]; labels: LightboxLabels; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  const returnURL = useRef('')
  const swipeStart = useRef<number | null>(null)
  const [index, setIndex] = useState<number | null>(null)

  const show = (next: number) => {
    const wrapped = (next + photos.length) % photos.length
    setIndex(wrapped)
    window.history.replaceState(window.history.state, '', photos[wrapped].href)
  }

  const open = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-photo-index]')
    if (!link) return
    event.preventDefault()
    opener.current = link
    returnURL.current = window.location.href
    setIndex(Number(link.dataset.photoIndex))
    window.history.replaceState(window.history.state, '', link.href)
    dialog.current?.showModal()
  }

  const closed = () => {
    setIndex(null)
    window.history.replaceState(window.history.state, '', returnURL.current)
    opener.current?.focus()
  }

  useEffect(() => {
    const onPopState = () => dialog.current?.open && dialog.current.close()
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (index === null) return
    if (event.key === 'ArrowRight') show(index + rightwardStep(event.currentTarget))
    if (event.key === 'ArrowLeft') show(index - rightwardStep(event.currentTarget))
  }

  // A swipe drags the photo aside, so it brings in the one from the opposite side: the reverse of the arrow keys.
  const onPointerUp = (event: PointerEvent<HTMLDialogElement>) => {
    if (index === null || swipeStart.current === null) return
    const distance = event.clientX - swipeStart.current
    swipeStart.current = null
    if (Math.abs(distance) >= SWIPE_PX) show(index - Math.sign(distance) * rightwardStep(event.currentTarget))
  }

  const photo = index === null ? null : photos[index]
  return (
    <>
      <div onClick={open}>{children}</div>
      <dialog
        ref={dialog}
        className="lightbox"
        aria-label={labels.viewer}
        onClose={closed}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => (swipeStart.current = event.clientX)}
        onPointerUp={onPointerUp}
      >
        {photo && (
          <>
            <figure>
              {/* eslint-disable-next-line @next/next/no-img-element -- Payload's stored large size, shown as is */}
              <img src={photo.src} alt={photo.alt} width={photo.width ?? undefined} height={photo.height ?? undefined} />
              <figcaption>
                {photo.caption} {photo.credit && <span className="credit">{photo.credit}</span>}{' '}
                <span className="lightbox__count">
                  {index! + 1} / {photos.length}
                </span>
              </figcaption>
            </figure>
            <div className="lightbox__controls">
              <button type="button" onClick={() => show(index! - 1)} aria-label={labels.previous}>
                <Arrow to="back" />
              </button>
              <a href={photo.href}>{labels.photoPage}</a>
              <button type="button" onClick={() => show(index! + 1)} aria-label={labels.next}>
                <Arrow to="onward" />
              </button>
              <button type="button" onClick={() => dialog.current?.close()} aria-label={labels.close}>
                ✕
              </button>
            </div>
            <p className="lightbox__remove">
              <a href={photo.removeHref} rel="nofollow">
                {labels.remove}
              </a>
            </p>
          </>
        )}
      </dialog>
    </>
  )
}
