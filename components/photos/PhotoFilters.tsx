import { FilterChoice } from '@/components/layout/FilterChoice'
import type { PhotoFilter } from '@/lib/queries'

type Demo = { slug: string; title: string; date: string }

type Options = {
  years: number[]
  /** Newest first. */
  demos: Demo[]
  topics: { slug: string; name: string }[]
}

/**
 * A list someone can scan on a phone, and a page that stays light after years of demonstrations:
 * the newest ones, or the chosen year's, and always the one being shown.
 */
export const DEMOS_LISTED = 30

export function demoChoices(demos: Demo[], filter: PhotoFilter): { listed: Demo[]; more: boolean } {
  const inScope = filter.year ? demos.filter((demo) => demo.date.startsWith(`${filter.year}-`)) : demos
  const listed = inScope.slice(0, DEMOS_LISTED)
  const current = listed.some((demo) => demo.slug === filter.demo) ? undefined : demos.find((demo) => demo.slug === filter.demo)
  return { listed: current ? [current, ...listed] : listed, more: inScope.length > DEMOS_LISTED }
}

/**
 * A plain GET form: it works without JavaScript, each combination has its own address
 * (`/photos?demo=…&year=…&topic=…`), and it stays one line however many demonstrations there are.
 */
export function PhotoFilters({ filter, options }: { filter: PhotoFilter; options: Options }) {
  const demos = demoChoices(options.demos, filter)
  return (
    <form className="filters" action="/photos" method="get" aria-label="Filter photos">
      <FilterChoice
        name="demo"
        label="Demonstration"
        hint={demos.more ? (filter.year ? `The latest ${DEMOS_LISTED} of ${filter.year}` : `The latest ${DEMOS_LISTED}: choose a year for older ones`) : undefined}
        current={filter.demo}
        options={demos.listed.map((demo) => ({ value: demo.slug, text: demo.title }))}
      />
      <FilterChoice name="year" label="Year" current={filter.year ? String(filter.year) : undefined} options={options.years.map((year) => ({ value: String(year), text: String(year) }))} />
      <FilterChoice
        name="topic"
        label="Topic"
        current={filter.topic}
        options={options.topics.map((topic) => ({ value: topic.slug, text: topic.name }))}
      />
      <button type="submit">Show photos</button>
    </form>
  )
}
