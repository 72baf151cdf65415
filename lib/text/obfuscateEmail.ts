/** The two forms ProtectedEmail needs: reversed-then-base64 for the script, "[at]/[dot]" for people. */
export function obfuscateEmail(address: string): { encoded: string; readable: string } {
  return {
    encoded: Buffer.from(address.split('').reverse().join('')).toString('base64'),
    readable: address.replace('@', ' [at] ').replace(/\./g, ' [dot] '),
  }
}
