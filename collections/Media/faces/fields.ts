import type { Field } from 'payload'

import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { nobody } from '@/access/nobody'
import { adminText } from '@/i18n/adminText'

export const FACE_CHECKS = ['pending', 'none', 'suggested', 'reviewed', 'failed'] as const
export type FaceCheck = (typeof FACE_CHECKS)[number]

/** Written by the server alone (the detection job, the blur endpoint); a photo's faces are for editors' eyes only. */
const serverWritesEditorsRead = { read: isEditorOrAdmin, create: nobody, update: nobody }

/**
 * What the face detector found on a photo: `faceCheck` says how far the check went, `faceBoxes`
 * holds the suggested faces as regions for the blur endpoint. `facesConfirmed` is never stored: it
 * is the editor's "make it public as it is" that a photo with suggested faces needs (see
 * requireFacesLookedAt.ts).
 */
export const faceFields: Field[] = [
  {
    name: 'faceCheck',
    label: adminText('media:faceCheck:label'),
    type: 'select',
    defaultValue: 'pending',
    index: true,
    options: FACE_CHECKS.map((value) => ({ value, label: adminText(`media:faceCheck:options:${value}`) })),
    access: serverWritesEditorsRead,
    admin: { position: 'sidebar', readOnly: true, description: adminText('media:faceCheck:description') },
  },
  {
    name: 'faceBoxes',
    label: adminText('media:faceBoxes:label'),
    type: 'array',
    access: serverWritesEditorsRead,
    admin: { hidden: true },
    fields: ['x', 'y', 'width', 'height'].map((name) => ({ name, type: 'number' as const, required: true, min: 0, max: 1 })),
  },
  {
    name: 'facesConfirmed',
    label: adminText('media:facesConfirmed:label'),
    type: 'checkbox',
    virtual: true,
    access: { read: isEditorOrAdmin, create: isEditorOrAdmin, update: isEditorOrAdmin },
    admin: {
      // Payload makes virtual fields read-only in the admin unless told otherwise: this one is the editor's to tick.
      readOnly: false,
      position: 'sidebar',
      description: adminText('media:facesConfirmed:description'),
      condition: (data) => data?.faceCheck === 'suggested' && data?.visibility === 'public',
    },
  },
]
