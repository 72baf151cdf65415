import type { Payload } from 'payload'

import type { Article } from '@/payload-types'

import { testImage } from '@/tests/helpers/images'
import { login } from '@/tests/helpers/rest'

export { testImage }

export const PASSWORD = 'correct horse battery staple'


export async function createUser(payload: Payload, role: 'admin' | 'editor', email = `${role}@example.org`) {
  const user = await payload.create({ collection: 'users', data: { name: role, email, password: PASSWORD, role } })
  return { user, token: await login(email, PASSWORD) }
}

export async function createMedia(payload: Payload, alt = 'A red rectangle', visibility: 'public' | 'review' = 'public') {
  const data = await testImage()
  return payload.create({
    collection: 'media',
    data: { alt, visibility, licence: 'all-rights-reserved' },
    file: { data, mimetype: 'image/jpeg', name: 'test.jpg', size: data.length },
  })
}

/** A minimal rich-text body: one paragraph, optionally with a link. */
export function body(text: string, link?: { url: string }): NonNullable<Article['body']> {
  const textNode = { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
  const children = link
    ? [
        {
          type: 'link',
          version: 3,
          direction: 'ltr',
          format: '',
          indent: 0,
          fields: { linkType: 'custom', url: link.url, newTab: false },
          children: [textNode],
        },
      ]
    : [textNode]
  const richText = {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children }],
    },
  }
  return richText as NonNullable<Article['body']>
}
