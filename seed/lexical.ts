import type { Article } from '@/payload-types'

/** The shapes the seed content is written in; `toLexical` turns them into the editor's JSON. */
export type LeafletBlock =
  | { kind: 'paragraph'; text: string; links?: { text: string; url: string }[] }
  | { kind: 'heading'; text: string }
  | { kind: 'quote'; paragraphs: string[]; attribution: string }
  | { kind: 'table'; rows: string[][] }

type RichText = NonNullable<Article['body']>
type Node = RichText['root']['children'][number]

/** Lexical's table header states: which cells are headers for their column, their row, or both. */
const HEADER = { none: 0, row: 1, column: 2, both: 3 } as const

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

function text(value: string): Node {
  return { type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
}

function link(value: string, url: string): Node {
  return {
    ...element,
    type: 'link',
    version: 3,
    children: [text(value)],
    fields: { linkType: 'custom', url, newTab: false },
  }
}

/** A run of text in which the given phrases become links. */
function inline(value: string, links: { text: string; url: string }[] = []): Node[] {
  const nodes: Node[] = []
  let rest = value
  for (const target of links) {
    const at = rest.indexOf(target.text)
    if (at < 0) throw new Error(`link text "${target.text}" not found in "${value}"`)
    if (at > 0) nodes.push(text(rest.slice(0, at)))
    nodes.push(link(target.text, target.url))
    rest = rest.slice(at + target.text.length)
  }
  if (rest) nodes.push(text(rest))
  return nodes
}

function paragraph(children: Node[]): Node {
  return { ...element, type: 'paragraph', textFormat: 0, textStyle: '', children }
}

function tableCell(value: string, headerState: number): Node {
  return {
    ...element,
    type: 'tablecell',
    headerState,
    colSpan: 1,
    rowSpan: 1,
    backgroundColor: null,
    children: [paragraph(value ? [text(value)] : [])],
  }
}

/** The first row heads the columns, the first column heads the rows. */
function table(rows: string[][]): Node {
  return {
    ...element,
    type: 'table',
    children: rows.map((cells, rowIndex) => ({
      ...element,
      type: 'tablerow',
      children: cells.map((cell, columnIndex) => {
        const state =
          rowIndex === 0 && columnIndex === 0
            ? HEADER.both
            : rowIndex === 0
              ? HEADER.row
              : columnIndex === 0
                ? HEADER.column
                : HEADER.none
        return tableCell(cell, state)
      }),
    })),
  }
}

function quote(paragraphs: string[], attribution: string, id: string): Node {
  return {
    type: 'block',
    format: '',
    version: 2,
    fields: { id, blockName: '', blockType: 'quote', text: paragraphs.join('\n\n'), attribution },
  }
}

export function toLexical(blocks: LeafletBlock[]): RichText {
  const children = blocks.map((block, index): Node => {
    switch (block.kind) {
      case 'paragraph':
        return paragraph(inline(block.text, block.links))
      case 'heading':
        return { ...element, type: 'heading', tag: 'h2', children: [text(block.text)] }
      case 'quote':
        return quote(block.paragraphs, block.attribution, `seed-quote-${index}`)
      case 'table':
        return table(block.rows)
    }
  })
  return { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }
}
