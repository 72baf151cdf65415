import { BannerMark } from '@/components/admin/BannerMark'

/** The admin's navigation icon (`admin.components.graphics.Icon`): the banner, in place of Payload's mark. */
export function AdminIcon() {
  return <BannerMark size={24} />
}
