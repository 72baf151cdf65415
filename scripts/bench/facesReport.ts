export type FaceFigures = {
  megapixels: number
  present: number
  found: number
  falseBoxes: number
  medianMs: number
  maxMs: number
  /** The first photo, which also loads the model and starts the worker. */
  coldStartMs: number
  /** Highest resident memory of the process during the run, above what it used before the detector started. */
  peakIncreaseMiB: number
  perPhoto: { file: string; ms: number; present: number; found: number; falseBoxes: number }[]
}

/** The targets (issue 17): on 2 cores, per 12 MP photo. */
const RECALL = 0.9
const MAX_MS = 3000
const MAX_INCREASE_MIB = 300

const verdict = (met: boolean) => (met ? 'met' : '**missed**')

export function facesMarkdown(figures: FaceFigures): string[] {
  const recall = figures.found / figures.present
  return [
    '',
    `### Face suggestions (${figures.megapixels} MP photos, face-api's six samples)`,
    '',
    '| measure | figure | target |',
    '|---|---|---|',
    `| faces found / present | ${figures.found} / ${figures.present} (${Math.round(recall * 100)} %) | ≥ ${RECALL * 100} %: ${verdict(recall >= RECALL)} |`,
    `| false boxes | ${figures.falseBoxes} | — |`,
    `| time per photo, median / max | ${figures.medianMs} / ${figures.maxMs} ms | ≤ ${MAX_MS} ms: ${verdict(figures.maxMs <= MAX_MS)} |`,
    `| first photo (model loaded) | ${figures.coldStartMs} ms | — |`,
    `| peak memory increase | +${figures.peakIncreaseMiB} MiB | ≤ +${MAX_INCREASE_MIB} MiB: ${verdict(figures.peakIncreaseMiB <= MAX_INCREASE_MIB)} |`,
  ]
}
