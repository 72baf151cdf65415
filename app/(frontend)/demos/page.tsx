import { DemoList } from '@/components/lists/DemoList'
import { pageMetadata } from '@/lib/metadata/pageMetadata'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export const metadata = pageMetadata({
  title: 'Demonstrations',
  description: 'Upcoming demonstrations and reports from the ones we marched on.',
  path: '/demos',
})

export default function DemosPage() {
  return <DemoList page={1} />
}
