type Props = { title: string; body: string; back: { href: string; label: string } }

/** A page that tells the visitor one thing and offers one way on: a form's thanks or refusal, a photo taken down. */
export function Notice({ title, body, back }: Props) {
  return (
    <>
      <h1>{title}</h1>
      <p className="standfirst">{body}</p>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </>
  )
}
