import type { FilterOptions } from 'payload'

/**
 * Given to relationship and upload fields: a filter, even one that allows everything, makes Payload
 * look the chosen documents up on save, so an unknown id is a 400 with a message, not a database
 * error.
 */
export const mustExist: FilterOptions = () => true
