import { ArticleList } from '@/components/lists/ArticleList'
import { pageMetadata } from '@/lib/metadata/pageMetadata'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export const metadata = pageMetadata({ title: 'News', description: 'Articles and analysis, newest first.', path: '/news' })

export default function NewsPage() {
  return <ArticleList page={1} />
}
