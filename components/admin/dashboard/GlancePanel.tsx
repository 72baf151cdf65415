import Link from 'next/link'
import type { ReactNode } from 'react'

type Props = { title: string; total: number; seeAll?: { href: string; label: string }; empty: string; children: ReactNode }

/** One panel of the dashboard: a count, the first few, and the way to all of them where the admin lists them. */
export function GlancePanel({ title, total, seeAll, empty, children }: Props) {
  return (
    <section className="glance-panel">
      <h3>
        {title} <span className="glance-panel__count">{total}</span>
      </h3>
      {total === 0 ? <p className="glance-panel__empty">{empty}</p> : <ul>{children}</ul>}
      {seeAll && total > 0 && <Link href={seeAll.href}>{seeAll.label}</Link>}
    </section>
  )
}
