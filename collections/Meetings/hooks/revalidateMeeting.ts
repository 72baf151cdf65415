import { revalidatePublished } from '@/hooks/revalidatePublished'

export const revalidateMeeting = revalidatePublished('meetings')
