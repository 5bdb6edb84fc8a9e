/** Links to the previous and next page of a paged list, with "page n of m" (plain links: works without JavaScript). */
export function Pagination(props: { label: string; pageOf: string; previous: string; next: string; page: number; pages: number; href: (page: number) => string }) {
  const { page, pages, href } = props
  if (pages <= 1) return null
  return (
    <nav aria-label={props.label} className="pagination">
      <p>{props.pageOf}</p>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {props.previous}
            </a>
          </li>
        )}
        {page < pages && (
          <li>
            <a href={href(page + 1)} rel="next">
              {props.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
