import {
  type CollectionBeforeOperationHook,
  type Field,
  type GlobalBeforeOperationHook,
  ValidationError,
  type ValidationFieldError,
} from 'payload'
import { tabHasName } from 'payload/shared'

import { badRequest } from '@/apiGuards/badRequest'
import { bounds } from '@/apiGuards/bounds'
import { isPlainObject } from '@/apiGuards/isPlainObject'

/**
 * A Lexical editor state: a root node; below it nodes that name their type, text nodes that hold
 * text, and children, where a node has any, that are lists of nodes. Payload's own check lets
 * the rest through, and a page cannot render it.
 */
function isEditorState(value: unknown): boolean {
  if (!isPlainObject(value)) return false
  const pending = [{ node: value.root, depth: 0 }]
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!
    if (!isPlainObject(node) || depth > bounds.richTextDepth) return false
    if (depth > 0 && typeof node.type !== 'string') return false
    if (node.type === 'text' && typeof node.text !== 'string') return false
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return false
    for (const child of node.children) pending.push({ node: child, depth: depth + 1 })
  }
  return true
}

/** What one value of a field must be, in words for the message, or null when `value` is one. */
function expected(field: Field, value: unknown): string | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'radio':
    case 'select':
      return typeof value === 'string' ? null : 'text'
    case 'date':
      return value instanceof Date || (typeof value === 'string' && !Number.isNaN(Date.parse(value))) ? null : 'a date'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'a number'
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'true or false'
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'number') ? null : 'a pair of numbers'
    case 'relationship':
    case 'upload':
      // An id, or a document (or { relationTo, value }) as Payload itself passes them around.
      return typeof value === 'number' || typeof value === 'string' || isPlainObject(value) ? null : 'a document id'
    case 'richText':
      return isEditorState(value) ? null : 'rich text'
    default:
      return null
  }
}

/** Every field of `data` whose value is of the wrong kind for its field, walking groups, rows, tabs and lists. */
export function wrongTypes(fields: Field[], data: Record<string, unknown>, prefix = ''): ValidationFieldError[] {
  const problems: ValidationFieldError[] = []
  const wrong = (path: string, kind: string) => problems.push({ path, message: `This must be ${kind}.` })
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      problems.push(...wrongTypes(field.fields, data, prefix))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (!tabHasName(tab)) problems.push(...wrongTypes(tab.fields, data, prefix))
        else if (data[tab.name] !== undefined) {
          if (isPlainObject(data[tab.name])) problems.push(...wrongTypes(tab.fields, data[tab.name] as Record<string, unknown>, `${prefix}${tab.name}.`))
          else wrong(`${prefix}${tab.name}`, 'a group of fields')
        }
      }
      continue
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join' || ('virtual' in field && field.virtual)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined) continue
    if (field.type === 'group') {
      if (isPlainObject(value)) problems.push(...wrongTypes(field.fields, value, `${path}.`))
      else wrong(path, 'a group of fields')
    } else if (field.type === 'array' || field.type === 'blocks') {
      // The admin sends an empty list as its count of rows, 0: every save of a document with one.
      if (value === 0) continue
      if (!Array.isArray(value) || !value.every(isPlainObject)) {
        wrong(path, 'a list of rows')
        continue
      }
      value.forEach((row, index) => {
        const rowFields = field.type === 'array' ? field.fields : field.blocks.find((block) => block.slug === row.blockType)?.fields
        if (rowFields) problems.push(...wrongTypes(rowFields, row, `${path}.${index}.`))
      })
    } else if (value === null) {
      continue
    } else if ('hasMany' in field && field.hasMany) {
      const kind = Array.isArray(value) ? value.map((item) => expected(field, item)).find(Boolean) : null
      if (!Array.isArray(value)) wrong(path, 'a list')
      else if (kind) wrong(path, `a list whose every item is ${kind}`)
    } else {
      const kind = expected(field, value)
      if (kind) wrong(path, kind)
    }
  }
  return problems
}

/**
 * Payload validates a field's value against its rules, not always against its kind: a list in a
 * textarea, null for a group or a list of ids for a single picture reached the database and came
 * back as a 500. A document whose fields hold the wrong kind of value is refused with a 400 that
 * names each field. Upstream: none found (Payload documents validation as each field's own rules).
 */
function refuse(fields: Field[], data: unknown, owner: { collection: string } | { global: string }) {
  if (!isPlainObject(data)) throw badRequest('Send the document as a JSON object of its fields.')
  const errors = wrongTypes(fields, data)
  if (errors.length > 0) throw new ValidationError({ ...owner, errors })
}

/** Writes carry a document; a read may too (live preview sends one to be shown as if saved). */
const carriesData = (operation: string, args: unknown) =>
  operation === 'create' || operation === 'update' || (args as { data?: unknown }).data !== undefined

export const refuseWrongTypes: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (carriesData(operation, args)) refuse(collection.fields, (args as { data?: unknown }).data, { collection: collection.slug })
  return args
}

export const refuseWrongTypesInGlobal: GlobalBeforeOperationHook = ({ args, global, operation }) => {
  if (carriesData(operation, args)) refuse(global.fields, (args as { data?: unknown }).data, { global: global.slug })
  return args
}
