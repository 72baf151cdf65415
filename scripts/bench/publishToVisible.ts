/**
 * Milliseconds from publishing an article through `writer` to its page and /news showing it on
 * `reader` (the same server, or another instance of a cluster), five times, sorted.
 */
export async function publishToVisibleMs(writer: string, reader: string, token: string): Promise<number[]> {
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const title = `Benchmark publication ${i} ${Date.now()}`
    const response = await fetch(`${writer}/api/articles`, { method: 'POST', headers: auth, body: JSON.stringify({ title }) })
    const created = await response.json()
    if (!response.ok) throw new Error(`Creating the article to publish: ${response.status} ${JSON.stringify(created)}`)
    const slug = created.doc.slug
    const started = Date.now()
    await fetch(`${writer}/api/articles/${created.doc.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ _status: 'published' }) })
    for (;;) {
      const [page, list] = await Promise.all([fetch(`${reader}/news/${slug}`), fetch(`${reader}/news`)])
      if (page.ok && (await list.text()).includes(title)) break
      if (Date.now() - started > 10_000) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    times.push(Date.now() - started)
  }
  return times.sort((a, b) => a - b)
}
