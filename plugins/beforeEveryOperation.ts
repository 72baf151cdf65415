import type { CollectionBeforeOperationHook, Plugin } from 'payload'

/** Runs a check before every operation of every collection, present and future. */
export function beforeEveryOperation(hook: CollectionBeforeOperationHook): Plugin {
  return (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [hook, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })
}
