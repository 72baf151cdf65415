/** A failure the operator can act on: printed as one line, without a stack trace. */
export class BackupError extends Error {
  override name = 'BackupError'
}
