import { NotFoundMessage } from '@/components/layout/NotFoundMessage'

export default function NotFound() {
  return <NotFoundMessage />
}
