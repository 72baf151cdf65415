import { type FlattenedField, isValidID, type Payload } from 'payload'

/** What a where-clause's paths are looked up in: a collection's fields (and its versions' when it has drafts). */
export type WhereSchema = { payload: Payload; fields: FlattenedField[] }

type Named = { kind: 'id' } | { kind: 'field'; field: FlattenedField }

/** The field a where-path names, following groups and relationships, or null when it names none (Payload refuses those itself). */
function fieldAt(payload: Payload, fields: FlattenedField[], path: string): Named | null {
  const [first, ...rest] = path.split('.')
  if (first === 'id' && rest.length === 0) return { kind: 'id' }
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === first)
  if (!field) return null
  if (rest.length === 0) return { kind: 'field', field }
  if ('flattenedFields' in field) return fieldAt(payload, field.flattenedFields, rest.join('.'))
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    const related = payload.collections[field.relationTo]?.config.flattenedFields
    return related ? fieldAt(payload, related, rest.join('.')) : null
  }
  return null
}

const isDate = (value: unknown) =>
  value instanceof Date || ((typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime()))

/**
 * Whether the database can compare an id with `value`. Looser than a well-formed id on purpose:
 * Payload's own population queries ids such as 1.5 parsed from stored data, which match nothing
 * and harm nothing; text on SQLite or a bad ObjectId on MongoDB fails the whole query.
 */
const isComparableWithId = (payload: Payload, value: unknown) =>
  payload.db.defaultIDType === 'number'
    ? (typeof value === 'number' || typeof value === 'string') && value !== '' && Number.isFinite(Number(value))
    : isValidID(String(value), 'ObjectID')

const isSingleRelationship = (field: FlattenedField | null) =>
  field !== null && (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string'

/**
 * Whether the database can answer `path operator` with these operands (one value, or a list's
 * values), or what is wrong: `all` needs a list field on MongoDB (SQLite has no such query), an id
 * or a relationship a value an id compares with, a date a date and a number a finite one. Each of
 * these reached the database as a query it could not run.
 */
export function conditionProblem({ payload, fields }: WhereSchema, path: string, operator: string, operands: unknown[]): string | null {
  const named = fieldAt(payload, fields, path)
  if (!named || operator === 'exists') return null
  const field = named.kind === 'field' ? named.field : null
  if (operator === 'all' && !(payload.db.name === 'mongoose' && field && 'hasMany' in field && field.hasMany)) {
    return '`all` works on lists of values, and only on MongoDB'
  }
  const values = operands.filter((value) => value !== null && value !== '')
  if ((named.kind === 'id' || isSingleRelationship(field)) && !values.every((value) => isComparableWithId(payload, value))) {
    return `\`${path}\` is compared with document ids only`
  }
  if (field?.type === 'date' && !values.every(isDate)) return `\`${path}\` is compared with dates only`
  if (field?.type === 'number' && !values.every((value) => Number.isFinite(Number(value)))) {
    return `\`${path}\` is compared with finite numbers only`
  }
  return null
}
