/** A path on this site, never another site: `//evil.example` and `/\evil.example` are refused. */
export function sitePath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  if (/[\u0000-\u001f]/.test(value)) return null
  return value
}
