/**
 * Waits until no photo waits for its face check, or none of `ids` when given: the jobs runner
 * writes each photo's check a few seconds after its upload, so a figure or a comparison taken
 * before then would count the server's own late work.
 */
export async function untilFaceChecksDone(serverURL: string, adminToken: string, { ids, timeoutMs }: { ids?: (string | number)[]; timeoutMs: number }): Promise<void> {
  const only = (ids ?? []).map((id) => `&where[id][in]=${encodeURIComponent(String(id))}`).join('')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const response = await fetch(`${serverURL}/api/media?limit=1&depth=0&select[faceCheck]=true&where[faceCheck][equals]=pending${only}`, {
      headers: { Authorization: `JWT ${adminToken}` },
    })
    if (!response.ok) throw new Error(`Counting the photos that wait for their face check: ${response.status} ${await response.text()}`)
    const { totalDocs } = (await response.json()) as { totalDocs: number }
    if (totalDocs === 0) return
    if (Date.now() > deadline) throw new Error(`${totalDocs} photos still wait for their face check after ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
