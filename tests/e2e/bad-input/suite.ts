import type { Browser } from 'playwright-core'

import { type Answer, assertSound, counted, type Request, send } from '@/tests/e2e/bad-input/http'
import type { Planted } from '@/tests/e2e/bad-input/planted'
import type { Target } from '@/tests/e2e/bad-input/target'

/** What every case needs, filled in by the spec's beforeAll and read by the cases as they run. */
export const suite = {
  created: [] as { collection: string; id: number | string }[],
} as {
  target: Target
  planted: Planted
  browser: Browser
  /** Documents that hostile but acceptable writes created, removed at the end. */
  created: { collection: string; id: number | string }[]
}

/** Fixed with BAD_INPUT_SEED to replay a failure that fast-check reported. */
const seed = process.env.BAD_INPUT_SEED ? Number(process.env.BAD_INPUT_SEED) : undefined
/** BAD_INPUT_DEPTH=10 tries ten times as many generated cases, for a longer hunt than `npm test`'s. */
const depth = Math.max(1, Number(process.env.BAD_INPUT_DEPTH) || 1)
export const runs = (numRuns: number) => ({ numRuns: numRuns * depth, seed })

/** Sends one hostile request, counted under `kind`, and checks the answer is sound. */
export async function attack(kind: string, request: Request, options?: { allowCutOff?: boolean }): Promise<Answer> {
  counted(kind)
  return assertSound(await send(suite.target.url, request), options)
}

export function expectRefused(answer: Answer) {
  if (answer.status === 0) return
  if (answer.status < 400 || answer.status >= 500) throw new Error(`${answer.label} was not refused: ${answer.status} ${answer.text.slice(0, 200)}`)
}

export const json = (body: unknown) => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
