import { parseArgs } from 'node:util'

export const LIMITS = { duration: { min: 1, max: 300, default: 60 }, connections: { min: 4, max: 256, default: 64 } } as const

export type LoadTestOptions = { duration: number; connections: number; build: boolean }

/** A flag the operator must fix; printed as one line. */
export class OptionError extends Error {}

function bounded(name: keyof typeof LIMITS, value: string | undefined): number {
  const { min, max, default: fallback } = LIMITS[name]
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new OptionError(`--${name} must be a whole number from ${min} to ${max} (got "${value}")`)
  }
  return number
}

/** `--duration <s>` (1–300, 60), `--connections <n>` (4–256, 64: at least one per address), `--build`. */
export function parseOptions(args: string[]): LoadTestOptions {
  let values
  try {
    ;({ values } = parseArgs({
      args,
      options: { duration: { type: 'string' }, connections: { type: 'string' }, build: { type: 'boolean', default: false } },
    }))
  } catch (error) {
    throw new OptionError((error as Error).message)
  }
  return { duration: bounded('duration', values.duration), connections: bounded('connections', values.connections), build: values.build }
}
