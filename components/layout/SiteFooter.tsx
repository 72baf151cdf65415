export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Solidarity without borders.</p>
    </footer>
  )
}
