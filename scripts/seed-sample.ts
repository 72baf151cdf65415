import config from '@payload-config'
import { getPayload } from 'payload'

import { seedSampleContent } from '@/seed/sample'

const counts = JSON.parse(process.env.SAMPLE_COUNTS ?? '{}')
const payload = await getPayload({ config })
await seedSampleContent(payload, counts, (line) => console.log(line))
process.exit(0)
