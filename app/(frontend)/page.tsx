export default function HomePage() {
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h1 id="intro-title">News from the march</h1>
      <p>
        Analysis, reports of demonstrations and an archive of photos from a group that carries one banner
        against two occupations.
      </p>
    </section>
  )
}
