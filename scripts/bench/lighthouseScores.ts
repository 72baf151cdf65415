import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export type Scores = { performance: number; accessibility: number; bestPractices: number; seo: number }

/** Lighthouse's mobile preset (its default) in Debian's Chromium; scores out of 100. */
export async function lighthouseScores(urls: string[]): Promise<Record<string, Scores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const scores: Record<string, Scores> = {}
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
      const categories = result!.lhr.categories
      const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100)
      scores[new URL(url).pathname] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      }
    }
  } finally {
    await chrome.kill()
  }
  return scores
}
