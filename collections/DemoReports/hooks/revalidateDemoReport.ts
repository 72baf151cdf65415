import { revalidatePublished } from '@/hooks/revalidatePublished'
import { cacheTags } from '@/lib/cacheTags'
import { demoReportPath } from '@/lib/paths'

export const revalidateDemoReport = revalidatePublished({
  listTag: cacheTags.demoReports,
  docTag: cacheTags.demoReport,
  path: demoReportPath,
  listPaths: ['/', '/demos', '/demos/page/[page]'],
})
