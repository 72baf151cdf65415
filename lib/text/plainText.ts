type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: { text?: unknown; attribution?: unknown }
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell', 'block', 'upload'])

function collect(node: LexicalNode, out: string[]): void {
  if (node.type === 'text' && node.text) out.push(node.text)
  if (node.type === 'block' && node.fields) {
    for (const value of [node.fields.text, node.fields.attribution]) if (typeof value === 'string') out.push(value)
  }
  for (const child of node.children ?? []) collect(child, out)
  if (node.type && BLOCK_TYPES.has(node.type)) out.push('\n')
}

/** The words of a rich-text document, paragraphs on their own lines: for search, feeds and previews. */
export function plainText(richText: { root?: LexicalNode } | null | undefined): string {
  if (!richText?.root) return ''
  const out: string[] = []
  collect(richText.root, out)
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** A description of at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`
}
