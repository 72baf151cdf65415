/**
 * Face checks wait for a lull in uploads. An upload (sharp turning a 12 MP photo into its sizes) and
 * the face detector (about 300 MiB) each need a lot of memory, and a batch from a march would need
 * both at once. Kept per process on purpose: only uploads in the same process share its memory.
 */
const LULL_MS = 2_000
/** A steady stream of uploads holds the checks back no longer than this; the photos stay in review meanwhile. */
const AT_MOST_MS = 60_000

let lastUploadAt = 0

/** Called as an upload starts and as it ends. */
export function noteUpload(): void {
  lastUploadAt = Date.now()
}

/** Resolves once no photo has come for LULL_MS, or after AT_MOST_MS whatever happens. */
export async function untilUploadsLull(): Promise<void> {
  const giveUpAt = Date.now() + AT_MOST_MS
  for (;;) {
    const wait = Math.min(lastUploadAt + LULL_MS, giveUpAt) - Date.now()
    if (wait <= 0) return
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}
