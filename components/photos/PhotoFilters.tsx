import type { PhotoFilter } from '@/lib/queries'

type Options = {
  years: number[]
  demos: { slug: string; title: string }[]
  topics: { slug: string; name: string }[]
}

function Choice({ name, label, current, options }: { name: string; label: string; current?: string; options: { value: string; text: string }[] }) {
  return (
    <div className="filters__group">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={current ?? ''}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * A plain GET form: it works without JavaScript, each combination has its own address
 * (`/photos?demo=…&year=…&topic=…`), and it stays one line however many demonstrations there are.
 */
export function PhotoFilters({ filter, options }: { filter: PhotoFilter; options: Options }) {
  return (
    <form className="filters" action="/photos" method="get" aria-label="Filter photos">
      <Choice
        name="demo"
        label="Demonstration"
        current={filter.demo}
        options={options.demos.map((demo) => ({ value: demo.slug, text: demo.title }))}
      />
      <Choice name="year" label="Year" current={filter.year ? String(filter.year) : undefined} options={options.years.map((year) => ({ value: String(year), text: String(year) }))} />
      <Choice
        name="topic"
        label="Topic"
        current={filter.topic}
        options={options.topics.map((topic) => ({ value: topic.slug, text: topic.name }))}
      />
      <button type="submit">Show photos</button>
    </form>
  )
}
