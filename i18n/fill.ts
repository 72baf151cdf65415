export type FillValues = Record<string, string | number>

/**
 * A text with its `{name}` placeholders replaced: translations put the values where their word
 * order needs them. A placeholder with no value is left as written, so a typo shows on the page.
 */
export function fill(text: string, values: FillValues): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder))
}
