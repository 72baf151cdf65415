/**
 * An arrow beside "Newer", "Next" and the like, pointing back (`←`) or onward (`→`) in the reading
 * direction: the stylesheet mirrors it on right-to-left pages, so the strings carry words only.
 * Hidden from screen readers, which read the words.
 */
export function Arrow({ to }: { to: 'back' | 'onward' }) {
  return (
    <span className="arrow" aria-hidden="true">
      {to === 'back' ? '←' : '→'}
    </span>
  )
}
