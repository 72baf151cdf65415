import fs from 'node:fs'

function rssKiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0)
}

/** Resident memory of a process, in MiB, from /proc (Linux). */
export function rssMiB(pid: number): number {
  return Math.round(rssKiB(pid) / 1024)
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

/** The processes `pid` started, and theirs, from the parent ids in /proc (Linux). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name in parentheses may hold spaces; the parent id is the second field after it.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = []
  const visit = (id: number) => {
    for (const child of children.get(id) ?? []) {
      found.push(child)
      visit(child)
    }
  }
  visit(pid)
  return found
}

/** Resident memory of a process and every process it started, in MiB: a server may fork workers. */
export function treeRssMiB(pid: number): number {
  const kib = [pid, ...descendants(pid)].reduce((sum, id) => {
    try {
      return sum + rssKiB(id)
    } catch {
      return sum // Ended since the listing.
    }
  }, 0)
  return Math.round(kib / 1024)
}
