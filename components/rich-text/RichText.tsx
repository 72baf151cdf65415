import type { SerializedLinkNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { ResponsiveImage } from '@/components/media/ResponsiveImage'
import type { LanguageCode } from '@/i18n/languages'
import type { Article, Media, QuoteBlock } from '@/payload-types'

import { hrefOf } from '@/components/rich-text/links'
import { Quote } from '@/components/rich-text/Quote'
import { TableConverter } from '@/components/rich-text/Table'

type LinkArgs = { node: SerializedLinkNode; nodesToJSX: (args: { nodes: unknown[] }) => React.ReactNode[] }

function Link({ node, nodesToJSX, lang }: LinkArgs & { lang: LanguageCode }) {
  const children = nodesToJSX({ nodes: node.children })
  const href = hrefOf(node.fields, lang)
  if (!href) return <>{children}</>
  const external = /^https?:/.test(href)
  return (
    <a href={href} {...(node.fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : external ? { rel: 'noopener' } : {})}>
      {children}
    </a>
  )
}

function Upload({ node }: { node: SerializedUploadNode }) {
  const image = node.value
  if (typeof image !== 'object' || !image || !('url' in image)) return null
  const media = image as Media
  const caption = (node.fields as { caption?: string } | undefined)?.caption || media.caption
  return (
    <figure className="rt-figure">
      <ResponsiveImage image={media} sizes="(min-width: 48rem) 42rem, 100vw" />
      {(caption || media.credit) && (
        <figcaption>
          {caption}
          {media.credit && <span className="credit"> {media.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}

/** Links to this site's pages stay in the page's language. */
const convertersIn = (lang: LanguageCode): JSXConvertersFunction => ({ defaultConverters }) => ({
  ...defaultConverters,
  link: (args) => <Link {...(args as unknown as LinkArgs)} lang={lang} />,
  autolink: (args) => <Link {...(args as unknown as LinkArgs)} lang={lang} />,
  upload: ({ node }) => <Upload node={node as SerializedUploadNode} />,
  table: (args) => TableConverter(args as Parameters<typeof TableConverter>[0]),
  blocks: {
    quote: ({ node }: { node: { fields: QuoteBlock } }) => <Quote text={node.fields.text} attribution={node.fields.attribution} />,
  },
})

/** An article's or demo report's body as semantic HTML: no client JavaScript. */
export function RichText({ data, lang }: { data: NonNullable<Article['body']>; lang: LanguageCode }) {
  return <LexicalRichText className="rich-text" converters={convertersIn(lang)} data={data as never} disableContainer={false} />
}
