import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type RunnerResult } from 'lighthouse'

export type Scores = { performance: number; accessibility: number; bestPractices: number; seo: number; error?: string }

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' } as const

/** Why a run has no score for some category (the page did not load, a metric could not be taken), or null. */
function failure(result: RunnerResult | undefined): string | null {
  if (!result) return 'no result'
  if (result.lhr.runtimeError) return result.lhr.runtimeError.code
  const unscored = Object.values(CATEGORIES).filter((id) => typeof result.lhr.categories[id]?.score !== 'number')
  return unscored.length ? `no score for ${unscored.join(', ')}` : null
}

/**
 * Lighthouse's mobile preset (its default) in Debian's Chromium; scores out of 100. A run that
 * could not score every category is tried once more; a second failure is reported as such.
 */
export async function lighthouseScores(urls: string[]): Promise<Record<string, Scores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const scores: Record<string, Scores> = {}
  try {
    for (const url of urls) {
      const measure = () => lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
      let result = await measure()
      if (failure(result)) result = await measure()
      const score = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100)
      const error = failure(result)
      scores[new URL(url).pathname] = {
        performance: score(CATEGORIES.performance),
        accessibility: score(CATEGORIES.accessibility),
        bestPractices: score(CATEGORIES.bestPractices),
        seo: score(CATEGORIES.seo),
        ...(error ? { error } : {}),
      }
    }
  } finally {
    await chrome.kill()
  }
  return scores
}
