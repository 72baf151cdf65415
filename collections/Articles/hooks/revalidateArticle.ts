import { revalidatePublished } from '@/hooks/revalidatePublished'

export const revalidateArticle = revalidatePublished('articles')
