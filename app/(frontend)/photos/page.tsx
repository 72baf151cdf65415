import { PhotoArchive } from '@/components/photos/PhotoArchive'
import { pageMetadata } from '@/lib/metadata/pageMetadata'

export const revalidate = 3600 // REVALIDATE_SECONDS; Next needs a literal here

export const metadata = pageMetadata({
  title: 'Photo archive',
  description: 'Photos of our banner at demonstrations, by demonstration, year and topic.',
  path: '/photos',
})

export default function PhotosPage() {
  return <PhotoArchive filter={{}} page={1} />
}
