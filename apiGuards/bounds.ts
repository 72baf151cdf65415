/**
 * Every number the API is bounded by, read by the server's early refusal (`unservableRequest`) and
 * by the hooks `guardEveryRequest` puts on every collection, so a bound is written once. It imports
 * nothing, so the production server's bundle (scripts/build-server.mjs) takes in no more than it.
 */
export const bounds = {
  /**
   * Documents one request may ask for; 0 means "all" to Payload. With `page`, it keeps the offset,
   * (page − 1) × limit, a whole number the database can hold (10¹⁴, under 2⁵³).
   */
  limit: { min: 0, max: 100_000 },
  page: { min: 1, max: 1_000_000_000 },
  /** Levels of relationships populated, for everyone: Payload's `maxDepth`. No page needs more than two. */
  depth: { max: 2 },
  /** What one anonymous request returns at most: enough for any page of the site. Larger asks are brought down to it. */
  anonymous: { limit: 100 },
  where: {
    /** Deeper than any filter the admin or a reasonable client builds. */
    depth: 8,
    /** Conditions in one query, all levels together. */
    conditions: 100,
    /** Longer than any title, inside SQLite's limit on a LIKE pattern (50,000 bytes; a character can take four). */
    operandLength: 10_000,
  },
  /** A document id on SQLite: a whole number of at most this many digits (MongoDB's are ObjectIds). */
  numericIdDigits: 15,
  /** Far deeper than lists in lists or tables in quotes go; Payload and the pages walk rich text recursively. */
  richTextDepth: 100,
} as const

type NumberParameter = 'limit' | 'page'

/** What is wrong with `limit` or `page` as Payload received it (a number, or whatever qs made of it), or null. */
export function numberParameterProblem(name: NumberParameter, value: unknown): string | null {
  if (value === undefined) return null
  const { min, max } = bounds[name]
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
    ? null
    : `\`${name}\` must be a whole number from ${min} to ${max.toLocaleString('en-GB')}.`
}

/** Why a where-clause cannot be answered, in the words both the server and the hooks use. */
export const whereProblems = {
  tooDeep: `conditions may be nested ${bounds.where.depth} levels deep at most`,
  tooMany: `a query may hold ${bounds.where.conditions} conditions at most`,
  tooLong: (path: string) => `\`${path}\` takes a single value of at most ${bounds.where.operandLength} characters`,
}

/** The 400 message for a where-clause problem. */
export const unanswerable = (problem: string) => `This query cannot be answered: ${problem}.`
