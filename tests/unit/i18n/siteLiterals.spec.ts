import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'

/**
 * The public site's words come from the strings files, so a visitor reading Ukrainian or Arabic never
 * meets an English sentence the code wrote. This finds the places an English text would hide in a
 * component or a page: text between tags, the attributes people read (a label, an alt text, a
 * tooltip) and the title and description a page gives search engines. Symbols with no letter in
 * them (·, —, →) are not words and pass.
 */
const HAS_LETTER = /\p{L}/u
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label'])
const METADATA_TEXTS = new Set(['title', 'description'])

type Finding = { file: string; line: number; text: string }

/** The letters a literal writes itself: a template's fixed parts, not what it interpolates. */
function writtenText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('')
  if (ts.isJsxExpression(node) && node.expression) return writtenText(node.expression)
  if (ts.isParenthesizedExpression(node)) return writtenText(node.expression)
  return null
}

function englishLiterals(file: string, source: string): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const findings: Finding[] = []
  const found = (node: ts.Node, text: string) => {
    if (!HAS_LETTER.test(text)) return
    findings.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() })
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) found(node, node.text)
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sourceFile)) && node.initializer) {
      const text = writtenText(node.initializer)
      if (text !== null) found(node, text)
    }
    if (ts.isCallExpression(node) && node.expression.getText(sourceFile) === 'pageMetadata') {
      const [page] = node.arguments
      if (page && ts.isObjectLiteralExpression(page)) {
        for (const property of page.properties) {
          if (!ts.isPropertyAssignment(property) || !METADATA_TEXTS.has(property.name.getText(sourceFile))) continue
          const text = writtenText(property.initializer)
          if (text !== null) found(property, text)
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return findings
}

const root = process.cwd()

function tsxFilesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => path.join(folder, name))
}

/** What visitors see: the shared components and the public routes, the site-wide 404 with them. The admin's own screens use the admin section. */
const visitorFiles = [...tsxFilesUnder('components').filter((file) => !file.startsWith(path.join('components', 'admin'))), ...tsxFilesUnder('app/(frontend)'), 'app/global-not-found.tsx']

describe('the public site’s words', () => {
  it('finds English where it hides: between tags, in read attributes and in page metadata', () => {
    const source = `
      export const A = () => <p>Hello</p>
      export const B = () => <nav aria-label="Pages" />
      export const C = () => <img alt={'A photo'} />
      export const generateMetadata = () => pageMetadata({ lang, title: \`News — page \${page}\`, description: 'Newest first.' })
      export const D = () => <p>{t.title} · {t.more} →</p>
      export const E = () => <nav aria-label={t.label} />`
    expect(englishLiterals('example.tsx', source).map(({ text }) => text)).toEqual(['Hello', 'Pages', 'A photo', 'News — page', 'Newest first.'])
  })

  it('come from the strings files: no component or page writes a word of its own', () => {
    expect(visitorFiles.length).toBeGreaterThan(20)
    const findings = visitorFiles.flatMap((file) => englishLiterals(file, readFileSync(path.join(root, file), 'utf8')))
    expect(findings).toEqual([])
  })
})
