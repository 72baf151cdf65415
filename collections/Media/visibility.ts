/**
 * In review until an editor publishes it; withdrawn when someone in it asked for it to come down
 * (lib/removal/), pending an editor's decision.
 */
export const VISIBILITIES = ['review', 'public', 'withdrawn'] as const

/**
 * Whether a photo may go from `previous` to `next`. Only a public photo can be withdrawn: "taken
 * down on request" would otherwise tell a visitor that a photo nobody has seen exists (see the photo
 * page's 410). A public photo needs alt text.
 */
export function visibilityVerdict(next: unknown, previous: unknown, alt: string | null | undefined): true | 'altBeforePublic' | 'withdrawnOnlyFromPublic' {
  if (next === 'public' && !alt?.trim()) return 'altBeforePublic'
  if (next === 'withdrawn' && previous !== 'public' && previous !== 'withdrawn') return 'withdrawnOnlyFromPublic'
  return true
}
