import { FilterChoice } from '@/components/layout/FilterChoice'
import type { LanguageCode } from '@/i18n/languages'
import { pluralText } from '@/i18n/plural'
import { siteText } from '@/i18n/siteText'
import { localizedPath } from '@/lib/urls/localizedPath'
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
export function PhotoFilters({ filter, options, lang }: { filter: PhotoFilter; options: Options; lang: LanguageCode }) {
  const t = siteText(lang)
  const labels = t.photos.filters
  const demos = demoChoices(options.demos, filter)
  const hint = filter.year
    ? pluralText(lang, labels.latestOfYear, DEMOS_LISTED, { year: String(filter.year) })
    : pluralText(lang, labels.latest, DEMOS_LISTED)
  return (
    <form className="filters" action={localizedPath(lang, '/photos')} method="get" aria-label={labels.label}>
      <FilterChoice
        name="demo"
        label={labels.demonstration}
        all={t.filters.all}
        hint={demos.more ? hint : undefined}
        current={filter.demo}
        options={demos.listed.map((demo) => ({ value: demo.slug, text: demo.title }))}
      />
      <FilterChoice
        name="year"
        label={labels.year}
        all={t.filters.all}
        current={filter.year ? String(filter.year) : undefined}
        options={options.years.map((year) => ({ value: String(year), text: String(year) }))}
      />
      <FilterChoice
        name="topic"
        label={labels.topic}
        all={t.filters.all}
        current={filter.topic}
        options={options.topics.map((topic) => ({ value: topic.slug, text: topic.name }))}
      />
      <button type="submit">{labels.show}</button>
    </form>
  )
}
