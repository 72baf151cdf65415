/**
 * A site form (the join form, the removal form) posted as a browser without JavaScript posts it:
 * the hidden fields the page gives the form (the server action's reference, the photo), then a
 * multipart body.
 */
const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/** The hidden fields of the page's form, in order; none when the page has no form. */
export function hiddenFormFields(page: string): [string, string][] {
  const form = /<form[^>]*class="join-form"[^>]*>([\s\S]*?)<\/form>/.exec(page)?.[1] ?? ''
  return [...form.matchAll(/<input([^>]*)\/?>/g)]
    .map(([, attributes]) => Object.fromEntries([...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, unescape(value)])))
    .filter((input) => input.type === 'hidden' && input.name)
    .map((input) => [input.name, input.value ?? ''] as [string, string])
}

/** A multipart body as the browser builds it from the form, sent from the site's own pages (`origin`). */
export async function multipartForm(fields: [string, string][], origin: string): Promise<{ body: Buffer; headers: Record<string, string> }> {
  const form = new FormData()
  for (const [name, value] of fields) form.append(name, value)
  const encoded = new Response(form)
  return { body: Buffer.from(await encoded.arrayBuffer()), headers: { 'Content-Type': encoded.headers.get('content-type')!, Origin: origin } }
}
