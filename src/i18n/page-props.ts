/** The props Next passes to a page under /{locale}: its route parameters and the query string. */
export type LocalePageProps<Params extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ locale: string } & Params>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}
