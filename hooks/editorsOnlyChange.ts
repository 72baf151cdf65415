import type { PayloadRequest } from 'payload'

/**
 * Set in `context` by a save that touches only fields visitors never see (the face detector's
 * result on a photo): no page changes, so nothing is expired and no webhook announces it.
 */
export const EDITORS_ONLY_CHANGE = { editorsOnlyChange: true, disableRevalidate: true } as const

export const isEditorsOnlyChange = (req: PayloadRequest): boolean => req.context.editorsOnlyChange === true
