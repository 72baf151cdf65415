import { badRequest } from '@/apiGuards/badRequest'
import { bounds, unanswerable, whereProblems } from '@/apiGuards/bounds'
import { conditionProblem, type WhereSchema } from '@/apiGuards/whereConditions'
import { isPlainObject } from '@/apiGuards/isPlainObject'

/** Operators and the values each accepts. Geographic ones are missing: nothing here has a point field. */
const SCALAR_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'exists',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

type Scalar = string | number | boolean | Date | null

/** What a condition compares with; dates come from the site's own Local API queries. */
function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    value instanceof Date ||
    ['number', 'boolean'].includes(typeof value) ||
    (typeof value === 'string' && value.length <= bounds.where.operandLength)
  )
}

function refuse(message: string): never {
  throw badRequest(unanswerable(message))
}

/**
 * Checks the shape of a `where` before it reaches the database, where a condition of the wrong
 * shape (`?where[title][in][0][$gt]=1`, `?where[publishedAt][near]=1,2`) would fail as a 500.
 * Which fields may be queried is Payload's own check; this one is about operators and values and,
 * given the collection's schema, whether each value suits the field it is compared with.
 * Upstream: Payload checks where-paths, not operand shapes; the failures it leaves reported there
 * are the id ones (payloadcms/payload#8347, #2568), none for nesting depth or operator shapes.
 */
export function checkWhere(where: unknown, schema?: WhereSchema, depth = 0, counted = { conditions: 0 }): void {
  if (!isPlainObject(where)) refuse('`where` must be an object of conditions')
  if (depth > bounds.where.depth) refuse(whereProblems.tooDeep)
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : refuse(`\`${key}\` takes a list of conditions`)
      for (const branch of branches) checkWhere(branch, schema, depth + 1, counted)
      continue
    }
    if (!isPlainObject(value)) refuse(`\`${key}\` needs an operator, such as ${key}[equals]=…`)
    for (const [operator, operand] of Object.entries(value)) {
      if (++counted.conditions > bounds.where.conditions) refuse(whereProblems.tooMany)
      let values: unknown[]
      if (SCALAR_OPERATORS.has(operator)) {
        if (!isScalar(operand)) refuse(whereProblems.tooLong(`${key}[${operator}]`))
        values = [operand]
      } else if (LIST_OPERATORS.has(operator)) {
        const list = Array.isArray(operand) ? operand : isPlainObject(operand) ? Object.values(operand) : [operand]
        if (!list.every(isScalar)) refuse(`\`${key}[${operator}]\` takes a list of values`)
        // As Payload reads it: text given to a list operator is a list separated by commas.
        values = typeof operand === 'string' ? operand.split(',') : list
      } else {
        refuse(`\`${operator}\` is not an operator this site supports`)
      }
      const problem = schema ? conditionProblem(schema, key, operator, values) : null
      if (problem) refuse(problem)
    }
  }
}
