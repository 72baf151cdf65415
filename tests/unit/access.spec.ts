import { describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { nobody } from '@/access/nobody'
import { publicMediaOrEditor } from '@/access/publicMediaOrEditor'
import { publishedOrEditor } from '@/access/publishedOrEditor'

function requestBy(user: { id: number; role: string } | null) {
  return { req: { user: user && { ...user, collection: 'users' } } as unknown as PayloadRequest }
}

const anonymous = requestBy(null)
const editor = requestBy({ id: 7, role: 'editor' })
const admin = requestBy({ id: 1, role: 'admin' })
const unknownRole = requestBy({ id: 9, role: 'superuser' })

describe('nobody', () => {
  it('lets no one through, admins included: only the server code that passes overrideAccess writes', () => {
    expect(nobody()).toBe(false)
  })
})

describe('isAdmin', () => {
  it('lets only admins through', () => {
    expect(isAdmin(admin)).toBe(true)
    expect(isAdmin(editor)).toBe(false)
    expect(isAdmin(anonymous)).toBe(false)
    expect(isAdmin(unknownRole)).toBe(false)
  })
})

describe('isEditorOrAdmin', () => {
  it('lets the editorial team through and nobody else', () => {
    expect(isEditorOrAdmin(admin)).toBe(true)
    expect(isEditorOrAdmin(editor)).toBe(true)
    expect(isEditorOrAdmin(anonymous)).toBe(false)
    expect(isEditorOrAdmin(unknownRole)).toBe(false)
  })
})

describe('isAdminOrSelf', () => {
  it('gives admins every account', () => {
    expect(isAdminOrSelf(admin as never)).toBe(true)
  })

  it('limits an editor to their own account', () => {
    expect(isAdminOrSelf(editor as never)).toEqual({ id: { equals: 7 } })
  })

  it('gives anonymous visitors nothing', () => {
    expect(isAdminOrSelf(anonymous as never)).toBe(false)
  })
})

describe('publishedOrEditor', () => {
  it('shows the editorial team everything and everyone else published documents only', () => {
    expect(publishedOrEditor(editor as never)).toBe(true)
    expect(publishedOrEditor(admin as never)).toBe(true)
    expect(publishedOrEditor(anonymous as never)).toEqual({ _status: { equals: 'published' } })
    expect(publishedOrEditor(unknownRole as never)).toEqual({ _status: { equals: 'published' } })
  })
})

describe('publicMediaOrEditor', () => {
  it('shows photos in review to the editorial team only', () => {
    expect(publicMediaOrEditor(editor as never)).toBe(true)
    expect(publicMediaOrEditor(anonymous as never)).toEqual({ visibility: { equals: 'public' } })
    expect(publicMediaOrEditor(unknownRole as never)).toEqual({ visibility: { equals: 'public' } })
  })
})
