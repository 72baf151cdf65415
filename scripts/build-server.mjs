import { build } from 'esbuild'

/**
 * The production server (server/index.ts) and Next's shared cache handler, bundled from the same
 * sources and `@/` aliases as the app. Packages stay external, so they load from node_modules as
 * Next loads them; modules both entries use are one shared chunk, loaded once.
 */
await build({
  entryPoints: ['server/index.ts', 'server/nextCacheHandler.ts'],
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
})
