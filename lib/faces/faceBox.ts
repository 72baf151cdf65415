import type { Region } from '@/collections/Media/blurRegions'

/** A face the detector found, in pixels of the picture it was shown. */
export type DetectedFace = { x: number; y: number; width: number; height: number; score: number }

/**
 * The detector's box hugs the face from brows to chin; hair, ears and the jaw line identify a
 * person too, so a suggested blur reaches this far beyond it on every side (as a share of its size).
 */
const MARGIN = 0.2

const clamp = (value: number) => Math.min(1, Math.max(0, value))

/**
 * A detected face as a region to blur: fractions of the picture, as the blur endpoint takes them,
 * so it holds for the stored photo whatever size the detector was shown.
 */
export function toFaceBox(face: DetectedFace, pictureWidth: number, pictureHeight: number): Region {
  const left = clamp((face.x - face.width * MARGIN) / pictureWidth)
  const top = clamp((face.y - face.height * MARGIN) / pictureHeight)
  const right = clamp((face.x + face.width * (1 + MARGIN)) / pictureWidth)
  const bottom = clamp((face.y + face.height * (1 + MARGIN)) / pictureHeight)
  const round = (value: number) => Math.round(value * 10000) / 10000
  return { x: round(left), y: round(top), width: round(right - left), height: round(bottom - top) }
}
