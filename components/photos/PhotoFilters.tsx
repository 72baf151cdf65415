import Link from 'next/link'

import { filterQuery, type PhotoFilter } from '@/lib/queries'

type Options = {
  years: number[]
  demos: { slug: string; title: string }[]
  topics: { slug: string; name: string }[]
}

function FilterLinks<T extends string | number>({
  label,
  current,
  values,
  href,
  text,
}: {
  label: string
  current: T | undefined
  values: T[]
  href: (value: T | undefined) => string
  text: (value: T) => string
}) {
  return (
    <div className="filters__group">
      <h2 className="filters__label">{label}</h2>
      <ul>
        <li>
          <Link href={href(undefined)} aria-current={current === undefined ? 'page' : undefined}>
            All
          </Link>
        </li>
        {values.map((value) => (
          <li key={value}>
            <Link href={href(value)} aria-current={current === value ? 'page' : undefined}>
              {text(value)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Filters as plain links: they work without JavaScript, and each combination has its own address. */
export function PhotoFilters({ filter, options }: { filter: PhotoFilter; options: Options }) {
  const titles = new Map(options.demos.map((demo) => [demo.slug, demo.title]))
  const names = new Map(options.topics.map((topic) => [topic.slug, topic.name]))
  return (
    <nav className="filters" aria-label="Filter photos">
      <FilterLinks
        label="Demonstration"
        current={filter.demo}
        values={options.demos.map((demo) => demo.slug)}
        href={(demo) => `/photos${filterQuery({ ...filter, demo })}`}
        text={(slug) => titles.get(slug) ?? slug}
      />
      <FilterLinks
        label="Year"
        current={filter.year}
        values={options.years}
        href={(year) => `/photos${filterQuery({ ...filter, year })}`}
        text={String}
      />
      <FilterLinks
        label="Topic"
        current={filter.topic}
        values={options.topics.map((topic) => topic.slug)}
        href={(topic) => `/photos${filterQuery({ ...filter, topic })}`}
        text={(slug) => names.get(slug) ?? slug}
      />
    </nav>
  )
}
