import { buildVersionCollectionFields, type CollectionBeforeOperationHook, type FlattenedField, type SanitizedCollectionConfig } from 'payload'

import { badRequest } from '@/apiGuards/badRequest'
import { numberParameterProblem } from '@/apiGuards/bounds'
import { checkWhere } from '@/apiGuards/checkWhere'

const queryableFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/**
 * The fields a where-clause on this collection may name. A query of versions reaches this hook as
 * a plain read, so a collection with versions also answers to their paths (`version.title`, `parent`).
 */
function fieldsOf(collection: SanitizedCollectionConfig, config: Parameters<typeof buildVersionCollectionFields>[0]) {
  let fields = queryableFields.get(collection)
  if (!fields) {
    fields = collection.versions
      ? [...collection.flattenedFields, ...buildVersionCollectionFields(config, collection, true)]
      : collection.flattenedFields
    queryableFields.set(collection, fields)
  }
  return fields
}

/**
 * Payload hands a where-clause, limit and page to the database as they come: an object where a value
 * belongs, a list holding null, text where an id or a date belongs, a filter nested a thousand deep
 * or a page of 1e309 ends as a database error or a stack overflow, answered with a 500. They are
 * refused here with a 400 saying what is wrong. Upstream: none found for `limit` and `page` (see
 * checkWhere for where-clauses).
 */
export const refuseMalformedQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { where, limit, page } = args as { where?: unknown; limit?: unknown; page?: unknown }
  if (where !== undefined && where !== null) {
    checkWhere(where, { payload: req.payload, fields: fieldsOf(collection, req.payload.config) })
  }
  const problem = numberParameterProblem('limit', limit) ?? numberParameterProblem('page', page)
  if (problem) throw badRequest(problem)
  return args
}
