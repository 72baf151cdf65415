'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { type PointerEvent, useEffect, useRef, useState } from 'react'

import type { CustomTranslationKey, CustomTranslations } from '@/i18n/adminText'
import type { Media } from '@/payload-types'

type Region = { x: number; y: number; width: number; height: number }
type Preview = { url: string; width: number; height: number }
type FaceCheck = NonNullable<Media['faceCheck']>

/** What the editor is told of the face detector's work, by the photo's `faceCheck`. */
const FACE_NOTICE: Partial<Record<FaceCheck, CustomTranslationKey>> = {
  pending: 'custom:blurTool:pending',
  none: 'custom:blurTool:noFaceFound',
  failed: 'custom:blurTool:facesNotChecked',
}

const clamp = (value: number) => Math.min(1, Math.max(0, value))

/**
 * Drag rectangles over faces, name tags or number plates, then blur them for good: the server
 * re-renders the original and every size (POST /api/media/:id/blur). Works with mouse, pen or touch.
 * The faces the detector suggested are laid over the photo already: "Blur every face" takes them
 * all in one go, any box can be removed first, and more can be drawn; when every box was wrong,
 * "None of these is a face" drops the suggestions (POST /api/media/:id/faces-reviewed).
 */
export function BlurTool() {
  const { id } = useDocumentInfo()
  const { t } = useTranslation<CustomTranslations, CustomTranslationKey>()
  const frame = useRef<HTMLDivElement>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [regions, setRegions] = useState<Region[]>([])
  const [drawing, setDrawing] = useState<{ start: [number, number]; region: Region } | null>(null)
  const [status, setStatus] = useState('')
  const [faceCheck, setFaceCheck] = useState<FaceCheck | null>(null)
  const [suggested, setSuggested] = useState(0)

  useEffect(() => {
    if (!id) return
    fetch(`/api/media/${id}?depth=0`, { credentials: 'include' })
      .then((response) => response.json())
      .then((photo) => {
        const large = photo.sizes?.large
        setPreview({
          url: `${large?.url || photo.url}?v=${encodeURIComponent(photo.updatedAt)}`,
          width: photo.width,
          height: photo.height,
        })
        setFaceCheck(photo.faceCheck ?? null)
        if (photo.faceCheck === 'suggested' && Array.isArray(photo.faceBoxes)) {
          const faces: Region[] = photo.faceBoxes.map(({ x, y, width, height }: Region) => ({ x, y, width, height }))
          setRegions(faces)
          setSuggested(faces.length)
        }
      })
      .catch(() => setStatus(t('custom:blurTool:loadFailed')))
  }, [id, t])

  if (!id) return <p>{t('custom:blurTool:saveFirst')}</p>
  if (!preview) return <p>{status || t('custom:blurTool:loading')}</p>

  const point = (event: PointerEvent): [number, number] => {
    const box = frame.current!.getBoundingClientRect()
    return [clamp((event.clientX - box.left) / box.width), clamp((event.clientY - box.top) / box.height)]
  }

  const onPointerDown = (event: PointerEvent) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    const start = point(event)
    setDrawing({ start, region: { x: start[0], y: start[1], width: 0, height: 0 } })
  }

  const onPointerMove = (event: PointerEvent) => {
    if (!drawing) return
    const [x, y] = point(event)
    const [sx, sy] = drawing.start
    setDrawing({ ...drawing, region: { x: Math.min(x, sx), y: Math.min(y, sy), width: Math.abs(x - sx), height: Math.abs(y - sy) } })
  }

  const onPointerUp = () => {
    if (drawing && drawing.region.width > 0.005 && drawing.region.height > 0.005) setRegions([...regions, drawing.region])
    setDrawing(null)
  }

  const blur = async () => {
    if (!window.confirm(t('custom:blurTool:confirm', { count: regions.length }))) return
    setStatus(t('custom:blurTool:blurring'))
    const response = await fetch(`/api/media/${id}/blur`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ regions }),
    })
    const result = await response.json().catch(() => ({}))
    if (!response.ok) {
      setStatus(result.errors?.[0]?.message ?? t('custom:blurTool:failed'))
      return
    }
    window.location.reload()
  }

  const noneAreFaces = async () => {
    const response = await fetch(`/api/media/${id}/faces-reviewed`, { method: 'POST', credentials: 'include' })
    const result = await response.json().catch(() => ({}))
    if (!response.ok) {
      setStatus(result.errors?.[0]?.message ?? t('custom:blurTool:failed'))
      return
    }
    window.location.reload()
  }

  const shown = drawing ? [...regions, drawing.region] : regions
  const faceNotice = suggested > 0 ? t('custom:blurTool:suggested', { count: suggested }) : faceCheck && FACE_NOTICE[faceCheck] ? t(FACE_NOTICE[faceCheck]!) : ''
  return (
    <div className="blur-tool" style={{ marginBottom: '2rem' }}>
      <h3>{t('custom:blurTool:title')}</h3>
      <p>{t('custom:blurTool:instructions')}</p>
      {faceNotice && <p data-testid="face-notice">{faceNotice}</p>}
      <div
        ref={frame}
        data-testid="blur-frame"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        style={{ position: 'relative', maxWidth: 720, touchAction: 'none', cursor: 'crosshair', userSelect: 'none' }}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- the admin shows the stored size as is */}
        <img src={preview.url} alt="" width={preview.width} height={preview.height} draggable={false} style={{ display: 'block', width: '100%', height: 'auto' }} />
        {shown.map((region, index) => (
          <div
            key={index}
            data-testid="blur-box"
            style={{
              position: 'absolute',
              left: `${region.x * 100}%`,
              top: `${region.y * 100}%`,
              width: `${region.width * 100}%`,
              height: `${region.height * 100}%`,
              border: '2px solid #ff3b30',
              background: 'rgb(255 59 48 / 0.25)',
            }}
          >
            {index < regions.length && (
              <button
                type="button"
                aria-label={t('custom:blurTool:removeBox')}
                title={t('custom:blurTool:removeBox')}
                // A tap on the button must not start drawing a new box under it.
                onPointerDown={(event) => event.stopPropagation()}
                onClick={() => setRegions(regions.filter((_, kept) => kept !== index))}
                style={{
                  position: 'absolute',
                  top: 0,
                  right: 0,
                  width: 28,
                  height: 28,
                  padding: 0,
                  borderRadius: '50%',
                  border: '2px solid #fff',
                  background: '#ff3b30',
                  color: '#fff',
                  fontSize: 18,
                  lineHeight: '22px',
                  cursor: 'pointer',
                }}
              >
                ×
              </button>
            )}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', marginTop: '0.75rem', alignItems: 'center' }}>
        <button type="button" className="btn btn--style-secondary" disabled={regions.length === 0} onClick={() => setRegions(regions.slice(0, -1))}>
          {t('custom:blurTool:undo')}
        </button>
        <button type="button" className="btn btn--style-primary" disabled={regions.length === 0} onClick={blur}>
          {suggested > 0 ? t('custom:blurTool:blurEveryFace') : t('custom:blurTool:blur', { count: regions.length })}
        </button>
        {suggested > 0 && regions.length === 0 && (
          <button type="button" className="btn btn--style-secondary" onClick={noneAreFaces}>
            {t('custom:blurTool:notFaces')}
          </button>
        )}
        <span role="status">{status}</span>
      </div>
    </div>
  )
}
