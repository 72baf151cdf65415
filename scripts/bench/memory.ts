import fs from 'node:fs'

/** Resident memory of a process, in MiB, from /proc (Linux). */
export function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0)
  return Math.round(kib / 1024)
}

/** Samples a process's memory while `work` runs and returns the highest figure seen. */
export async function peakRssDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peak = rssMiB(pid)
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 50)
  try {
    const result = await work()
    return { result, peakMiB: Math.max(peak, rssMiB(pid)) }
  } finally {
    clearInterval(timer)
  }
}
