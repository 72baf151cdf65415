export function formatSize(bytes: number): string {
  if (bytes < 2 ** 20) return `${(bytes / 1024).toFixed(1)} KiB`
  if (bytes < 2 ** 30) return `${(bytes / 2 ** 20).toFixed(1)} MiB`
  return `${(bytes / 2 ** 30).toFixed(2)} GiB`
}
