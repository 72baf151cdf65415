import { revalidatePublished } from '@/hooks/revalidatePublished'
import { cacheTags } from '@/lib/cacheTags'
import { articlePath } from '@/lib/paths'

export const revalidateArticle = revalidatePublished({
  listTag: cacheTags.articles,
  docTag: cacheTags.article,
  path: articlePath,
  listPaths: ['/', '/news', '/news/page/[page]'],
})
