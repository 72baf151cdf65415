'use client'

import { type MouseEvent, type PointerEvent, type ReactNode, useEffect, useRef, useState } from 'react'

import type { LightboxPhoto } from '@/lib/urls/photoLinks'

const SWIPE_PX = 50

/**
 * Enhances a grid of photo links: a click opens the photo in a modal dialog (which keeps focus
 * inside it), arrow keys and swipes move, Escape closes and returns focus to the thumbnail, and the
 * address bar shows the photo's own page so it can be shared. Without JavaScript the links simply
 * open `/photos/<id>`.
 */
export function Lightbox({ photos, children }: { photos: LightboxPhoto[]; children: ReactNode }) {
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

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (index === null) return
    if (event.key === 'ArrowRight') show(index + 1)
    if (event.key === 'ArrowLeft') show(index - 1)
  }

  const onPointerUp = (event: PointerEvent) => {
    if (index === null || swipeStart.current === null) return
    const distance = event.clientX - swipeStart.current
    swipeStart.current = null
    if (Math.abs(distance) >= SWIPE_PX) show(distance < 0 ? index + 1 : index - 1)
  }

  const photo = index === null ? null : photos[index]
  return (
    <>
      <div onClick={open}>{children}</div>
      <dialog
        ref={dialog}
        className="lightbox"
        aria-label="Photo viewer"
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
              <button type="button" onClick={() => show(index! - 1)} aria-label="Previous photo">
                ←
              </button>
              <a href={photo.href}>Photo page</a>
              <button type="button" onClick={() => show(index! + 1)} aria-label="Next photo">
                →
              </button>
              <button type="button" onClick={() => dialog.current?.close()} aria-label="Close">
                ✕
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  )
}
