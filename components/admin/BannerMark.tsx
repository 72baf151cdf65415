/**
 * The banner between its two poles on the group's red: the same drawing as the site's icon
 * (app/icon.svg), inline so it needs no request and draws in Payload's share-card renderer too.
 */
export function BannerMark({ size, title }: { size: number; title?: string }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width={size} height={size} role={title ? 'img' : undefined} aria-hidden={title ? undefined : true}>
      {title && <title>{title}</title>}
      <rect width="32" height="32" rx="6" fill="#a3161b" />
      <rect x="5" y="12" width="22" height="8" rx="1.5" fill="#fbfaf7" />
      <rect x="4" y="9" width="2" height="18" fill="#fbfaf7" />
      <rect x="26" y="9" width="2" height="18" fill="#fbfaf7" />
    </svg>
  )
}
