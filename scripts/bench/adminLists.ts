/** The collections whose admin lists are timed, with the columns the admin shows by default. */
export type AdminList = { slug: string; columns: string[] }

export type AdminListFigures = {
  /** Median milliseconds for the first page of 10, in the collection's default order. */
  defaultMs: number
  /** The slowest median among the list sorted by each default column, either way. */
  slowestSortMs: number
  slowestSort: string
}

async function medianMs(url: string, headers: Record<string, string>, times: number): Promise<number> {
  const taken: number[] = []
  for (let n = 0; n < times; n++) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    const html = await response.text()
    if (response.status !== 200 || !html.includes('collection-list')) throw new Error(`${url} did not render a list (${response.status})`)
    taken.push(performance.now() - started)
  }
  return Math.round(taken.sort((a, b) => a - b)[Math.floor(times / 2)])
}

/**
 * How long a signed-in organiser waits for an admin list of 10 (the whole server-rendered page),
 * as the browser asks for it: the session cookie, sent from the admin's own origin.
 */
export async function adminListMs(server: string, token: string, lists: AdminList[]): Promise<Record<string, AdminListFigures>> {
  const headers = { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' }
  const figures: Record<string, AdminListFigures> = {}
  for (const { slug, columns } of lists) {
    const list = `${server}/admin/collections/${slug}?limit=10`
    await medianMs(list, headers, 2)
    const defaultMs = await medianMs(list, headers, 5)
    let slowest = { ms: 0, sort: '' }
    for (const sort of columns.flatMap((column) => [column, `-${column}`])) {
      const ms = await medianMs(`${list}&sort=${encodeURIComponent(sort)}`, headers, 3)
      if (ms > slowest.ms) slowest = { ms, sort }
    }
    figures[slug] = { defaultMs, slowestSortMs: slowest.ms, slowestSort: slowest.sort }
  }
  return figures
}
