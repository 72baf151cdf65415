'use client'
import { DefaultEditView, useDocumentInfo } from '@payloadcms/ui'
import type { DocumentViewClientProps } from 'payload'

import { InviteUserForm } from '@/components/admin/users/InviteUserForm'

/**
 * A user's page in the admin. Adding one is an invitation, not Payload's form: that form always
 * asks for the new user's password, and nobody chooses another person's password here.
 */
export function UserEditView(props: DocumentViewClientProps) {
  const { id } = useDocumentInfo()
  return id === undefined ? <InviteUserForm /> : <DefaultEditView {...props} />
}
