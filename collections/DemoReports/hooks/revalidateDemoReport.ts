import { revalidatePublished } from '@/hooks/revalidatePublished'

export const revalidateDemoReport = revalidatePublished('demo-reports')
