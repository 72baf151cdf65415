import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const aliasOnly = { group: ['./*', '../*', '.', '..'], message: 'Import through the @/ alias.' }
const queriesByIndex = { group: ['@/lib/queries/*'], message: 'Pages and components read data through @/lib/queries alone.' }

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'dist/**', 'node_modules/**', 'data/**', 'media/**', 'next-env.d.ts', 'payload-types.ts', 'app/(payload)/**', 'migrations/*.ts', 'tests/e2e/artifacts/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [aliasOnly] }] },
  },
  {
    // next.config.ts loads these for its routes, and Next's config compiler resolves `@/` in
    // next.config.ts alone, not in the modules it imports.
    files: ['i18n/languages.ts', 'lib/urls/localizedPath.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['app/**', 'components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [aliasOnly, queriesByIndex] }] },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
]

export default config
