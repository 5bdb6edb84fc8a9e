/** The words of a pager, as a catalogue namespace with paged lists holds them. */
export interface PaginationTexts {
  pageOf: (values: { page: number; pages: number }) => string
  previous: string
  next: string
}

/** Links to the previous and next page of a paged list, with "page n of m" (plain links: works without JavaScript). */
export function Pagination(props: { label: string; texts: PaginationTexts; page: number; pages: number; href: (page: number) => string }) {
  const { page, pages, href, texts } = props
  if (pages <= 1) return null
  return (
    <nav aria-label={props.label} className="pagination">
      <p>{texts.pageOf({ page, pages })}</p>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {texts.previous}
            </a>
          </li>
        )}
        {page < pages && (
          <li>
            <a href={href(page + 1)} rel="next">
              {texts.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
