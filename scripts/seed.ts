import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '@/lib/startup/env'
import { isDatabaseEmpty, seedDemoContent } from '@/seed'

const payload = await getPayload({ config })
if (process.env.SEED_ONLY_IF_EMPTY === 'true' && !(await isDatabaseEmpty(payload))) {
  console.log('The database already has content: the demo content was not added.')
} else {
  await seedDemoContent(payload, { demoMode: env().demoMode })
}
process.exit(0)
