import { bounds, numberParameterProblem, unanswerable, whereProblems } from '@/apiGuards/bounds'

/**
 * Collections Payload adds itself after every plugin has run (jobs, preferences, locked documents,
 * migrations, key-value store…): all named `payload-…`, and all closed to visitors.
 */
export const isPayloadsOwnCollection = (slug: string | undefined) => slug?.startsWith('payload-') === true

/** The first segment of each `[…]` in a qs key: `where[and][0][title][equals]` → and, 0, title, equals. */
const segmentsOf = (key: string) => [...key.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1])

/**
 * `limit`, `page` and `depth` given once each, as whole numbers. Payload reads the query string with
 * qs, so `limit[]=1`, `limit[a]=1` and a repeated `limit` arrive as a list or an object.
 * `page` has the same bounds for everyone. `limit` is bounded here only on Payload's own
 * collections: elsewhere an anonymous ask for too much is brought down to a first page by
 * `boundAnonymousReads`, which needs the signed-in user the server does not know.
 * `depth` needs no bound: Payload holds every request to `maxDepth`.
 */
function numberProblem(query: URLSearchParams, collection: string | undefined): string | null {
  for (const name of ['limit', 'page', 'depth'] as const) {
    const given = [...query.keys()].filter((key) => key === name || key.startsWith(`${name}[`))
    if (given.length === 0) continue
    const value = query.get(name) ?? ''
    if (given.length > 1 || given[0] !== name || !/^\d+$/.test(value)) return `\`${name}\` must be given once, as a whole number.`
    if (name === 'page' || (name === 'limit' && isPayloadsOwnCollection(collection))) {
      const problem = numberParameterProblem(name, Number(value))
      if (problem) return problem
    }
  }
  return null
}

/**
 * A where-clause in qs form nested deeper or holding more conditions than `bounds.where` allows, the
 * limits `checkWhere` applies in the hooks. Conditions are counted once per field and operator: the
 * values of a list operator (`where[id][in][0]=1&where[id][in][1]=2`) are one condition.
 */
function whereProblem(query: URLSearchParams): string | null {
  const conditions = new Set<string>()
  for (const key of query.keys()) {
    if (!key.startsWith('where[')) continue
    const segments = segmentsOf(key)
    if (segments.filter((segment) => segment === 'and' || segment === 'or').length > bounds.where.depth) {
      return unanswerable(whereProblems.tooDeep)
    }
    conditions.add(key.replace(/\[\d+\]$/, ''))
    if (conditions.size > bounds.where.conditions) return unanswerable(whereProblems.tooMany)
  }
  return null
}

/** What is wrong with an API request's query string, by the bounds the hooks apply too, or null. */
export function queryStringProblem(query: URLSearchParams, collection: string | undefined): string | null {
  return numberProblem(query, collection) ?? whereProblem(query)
}
