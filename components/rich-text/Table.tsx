import type { SerializedTableCellNode, SerializedTableNode } from '@payloadcms/richtext-lexical'
import type { JSXConverterArgs } from '@payloadcms/richtext-lexical/react'

import { plainText } from '@/lib/text/plainText'

/** Lexical's header states are bit flags: a cell can head its column (row 0), its row, or both. */
const HEADS_COLUMN = 1
const HEADS_ROW = 2

const textOf = (cell: SerializedTableCellNode) => plainText({ root: cell as never })

/**
 * A real table: the header row in <thead> with `scope="col"`, first-column headers with
 * `scope="row"`. Each data cell carries its column's name so narrow screens can show every row as a
 * card (see the `.rt-table` styles) instead of scrolling sideways.
 */
export function TableConverter({ node, nodesToJSX }: JSXConverterArgs<SerializedTableNode>) {
  const rows = node.children as unknown as { children: SerializedTableCellNode[] }[]
  const isHeaderRow = (row: { children: SerializedTableCellNode[] }) =>
    row.children.length > 0 && row.children.every((cell) => (cell.headerState & HEADS_COLUMN) !== 0)
  const headRows = rows.slice(0, rows.findIndex((row) => !isHeaderRow(row)) === -1 ? rows.length : rows.findIndex((row) => !isHeaderRow(row)))
  const bodyRows = rows.slice(headRows.length)
  const columnNames = headRows.at(-1)?.children.map(textOf) ?? []

  const cell = (cellNode: SerializedTableCellNode, index: number, inHead: boolean) => {
    const content = nodesToJSX({ nodes: cellNode.children })
    const span = {
      colSpan: cellNode.colSpan && cellNode.colSpan > 1 ? cellNode.colSpan : undefined,
      rowSpan: cellNode.rowSpan && cellNode.rowSpan > 1 ? cellNode.rowSpan : undefined,
    }
    const empty = textOf(cellNode) === ''
    if (inHead && !empty) return <th key={index} scope="col" {...span}>{content}</th>
    if (!inHead && (cellNode.headerState & HEADS_ROW) !== 0 && !empty) {
      return <th key={index} scope="row" {...span}>{content}</th>
    }
    return (
      <td key={index} data-label={columnNames[index] || undefined} {...span}>
        {content}
      </td>
    )
  }

  return (
    <div className="rt-table">
      <table>
        {headRows.length > 0 && (
          <thead>
            {headRows.map((row, rowIndex) => (
              <tr key={rowIndex}>{row.children.map((cellNode, index) => cell(cellNode, index, true))}</tr>
            ))}
          </thead>
        )}
        <tbody>
          {bodyRows.map((row, rowIndex) => (
            <tr key={rowIndex}>{row.children.map((cellNode, index) => cell(cellNode, index, false))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
