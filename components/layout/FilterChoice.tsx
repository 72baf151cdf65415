/**
 * One filter of a plain GET form: a labelled select whose first choice (`all`, "All" in English)
 * sets no filter.
 */
export function FilterChoice({
  name,
  label,
  all,
  hint,
  current,
  options,
}: {
  name: string
  label: string
  all: string
  hint?: string
  current?: string
  options: { value: string; text: string }[]
}) {
  return (
    <div className="filters__group">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={current ?? ''} aria-describedby={hint ? `filter-${name}-hint` : undefined}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
      {hint && (
        <small id={`filter-${name}-hint`} className="filters__hint">
          {hint}
        </small>
      )}
    </div>
  )
}
