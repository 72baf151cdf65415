import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import type { Browser } from 'playwright-core'

import { RAW_MARKUP } from '@/tests/e2e/bad-input/hostile'

/** Each hostile sequence found in the page's source as markup, with what surrounds it. */
export function rawMarkupIn(source: string): string[] {
  const found: string[] = []
  for (const sequence of RAW_MARKUP) {
    const at = source.indexOf(sequence)
    if (at >= 0) found.push(`…${source.slice(Math.max(0, at - 80), at + 80)}…`)
  }
  return found
}

/**
 * The page's JSON-LD blocks, parsed. A block cut short by a "</script>" in an editor's words, or
 * holding anything that could end the element, fails here with the offending text.
 */
export function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, text]) => {
    if (/<\/script|<!--/i.test(text)) throw new Error(`JSON-LD holds text that ends its element: ${text.slice(0, 300)}`)
    try {
      return JSON.parse(text)
    } catch (error) {
      throw new Error(`JSON-LD does not parse (${(error as Error).message}): ${text.slice(0, 300)}`)
    }
  })
}

/** RSS keeps "]]>" inside CDATA with an invisible space; everything else must read back exactly. */
const withoutFeedPadding = (text: string) => text.replaceAll('\u200b', '')

/** A feed's items as a reader sees them, after checking that the XML is well-formed. */
export function feedItems(xml: string): { title: string; description: string }[] {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`the feed is not well-formed XML: ${JSON.stringify(valid.err)}`)
  const items = new XMLParser({ parseTagValue: false, trimValues: false }).parse(xml).rss.channel.item ?? []
  return (Array.isArray(items) ? items : [items]).map((item: { title: string; description: string }) => ({
    title: withoutFeedPadding(String(item.title)),
    description: withoutFeedPadding(String(item.description)),
  }))
}

/** An Atom feed's entry titles as a reader sees them, after checking that the XML is well-formed. */
export function atomTitles(xml: string): string[] {
  assertWellFormedXml(xml)
  const entries = new XMLParser({ parseTagValue: false, trimValues: false, ignoreAttributes: true }).parse(xml).feed.entry ?? []
  return (Array.isArray(entries) ? entries : [entries]).map((entry: { title: string }) => String(entry.title))
}

/** A JSON Feed's item titles, after checking that it parses. */
export function jsonFeedTitles(text: string): string[] {
  return (JSON.parse(text) as { items: { title: string }[] }).items.map((item) => item.title)
}

/** A calendar's events as a calendar app reads them (ical.js, independent of the library that wrote them). */
export function calendarEvents(text: string): { summary: string; location: string; description: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return { summary: event.summary, location: event.location, description: event.description }
  })
}

export function assertWellFormedXml(xml: string) {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`)
}

/**
 * What a real browser makes of the page: dialogs opened by injected scripts, elements built from
 * injected markup, and the page's text (to show the words survived as words).
 */
export async function renderedIn(browser: Browser, url: string) {
  const page = await browser.newPage()
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  try {
    const response = await page.goto(url, { waitUntil: 'load' })
    const found = await page.evaluate(() => ({
      injectedElements: document.querySelectorAll('[data-injected], injected, base[href*="evil"]').length,
      injectedScripts: [...document.scripts].filter((script) => /^\s*alert\(/.test(script.textContent ?? '')).length,
      // Text as written, not as styled (innerText would apply text-transform), and not inside scripts.
      text: (() => {
        const copy = document.body.cloneNode(true) as HTMLElement
        copy.querySelectorAll('script, template').forEach((element) => element.remove())
        return copy.textContent ?? ''
      })(),
      title: document.title,
    }))
    return { status: response?.status() ?? 0, dialogs, ...found }
  } finally {
    await page.close()
  }
}
