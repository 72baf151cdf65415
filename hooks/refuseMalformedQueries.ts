import type { CollectionBeforeOperationHook } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { badRequest } from '@/lib/badRequest'

/** Deeper than any filter the admin builds; Payload walks a where-clause recursively, so depth must be bounded. */
const MAX_WHERE_DEPTH = 10
/** Bounds that keep the offset, (page − 1) × limit, a whole number the database can hold. */
const MAX_LIMIT = 100_000
const MAX_PAGE = 1_000_000_000
/** Longer than any title, inside SQLite's limit on a LIKE pattern (50,000 bytes, and a character can take four). */
const MAX_OPERAND_LENGTH = 10_000

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** What a condition compares with; dates come from the Local API's own callers. */
const isOperand = (value: unknown) =>
  value === null ||
  value instanceof Date ||
  ['number', 'boolean'].includes(typeof value) ||
  (typeof value === 'string' && value.length <= MAX_OPERAND_LENGTH)

const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`

function whereProblem(where: unknown, depth = 0): string | null {
  if (!isPlainObject(where)) return '`where` must be an object of conditions.'
  if (depth > MAX_WHERE_DEPTH) return `\`where\` may nest "and" and "or" at most ${MAX_WHERE_DEPTH} deep.`
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) return `\`${key}\` must be a list of conditions.`
      for (const part of condition) {
        const problem = whereProblem(part, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(condition)) return `The condition on ${quoted(key)} must name an operator, such as equals.`
    for (const [operator, operand] of Object.entries(condition)) {
      if (!validOperatorSet.has(operator as never)) return `${quoted(operator)} is not an operator.`
      if (!(isOperand(operand) || (Array.isArray(operand) && operand.every(isOperand)))) {
        return `The value for ${quoted(key)} ${operator} must be text of at most ${MAX_OPERAND_LENGTH.toLocaleString('en-GB')} characters, a number, true, false or a list of those.`
      }
    }
  }
  return null
}

function wholeNumberProblem(name: string, value: unknown, min: number, max: number): string | null {
  if (value === undefined) return null
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
    ? null
    : `\`${name}\` must be a whole number from ${min} to ${max.toLocaleString('en-GB')}.`
}

/**
 * Payload hands a where-clause, limit and page to the database as they come: an object where a value
 * belongs, a list holding null, a filter nested a thousand deep or a page of 1e309 ends as a database
 * error or a stack overflow, answered with a 500. They are refused here with a 400 saying what is wrong.
 */
export const refuseMalformedQueries: CollectionBeforeOperationHook = ({ args }) => {
  const { where, limit, page } = args as { where?: unknown; limit?: unknown; page?: unknown }
  const problem =
    (where === undefined || where === null ? null : whereProblem(where)) ??
    wholeNumberProblem('limit', limit, 0, MAX_LIMIT) ??
    wholeNumberProblem('page', page, 1, MAX_PAGE)
  if (problem) throw badRequest(problem)
  return args
}
