/** A form field as text: a file or a missing field is nothing typed. */
export function formField(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}
