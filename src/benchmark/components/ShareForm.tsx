import { OptionalChoices } from '@/components/OptionalChoices'
import type { Locale } from '@/framework'
import { translations } from '@/i18n/translations'

interface Props {
  locale: Locale
  assessmentId: number
  /** the coordinator's countries: code and name */
  countries: readonly { code: string; name: string }[]
  sharedCountry: string | null
  action: (form: FormData) => Promise<void>
}

/** Lets a coordinator share their assessment with the other coordinators of one of their countries, read only. */
export function ShareForm({ locale, assessmentId, countries, sharedCountry, action }: Props) {
  const t = translations(locale, 'benchmark')
  return (
    <form action={action} className="share-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={assessmentId} />
      <label htmlFor="share-country">{t.shareLabel}</label>{' '}
      <select id="share-country" name="country" defaultValue={sharedCountry ?? ''}>
        <OptionalChoices none={t.notShared} choices={countries.map(({ code, name }) => ({ value: code, label: name }))} />
      </select>{' '}
      <button type="submit">{t.shareSave}</button>
    </form>
  )
}
