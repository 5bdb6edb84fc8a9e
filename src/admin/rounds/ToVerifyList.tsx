import { ScrollTable } from '@/components/ScrollTable'
import type { PracticeToVerify } from '@/data/round-progress'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { StepButton } from './StepButton'

interface Props {
  list: { docs: PracticeToVerify[]; total: number }
  countryName: (code: string) => string
  locale: Locale
}

/** An open round's practices still to verify that the viewer may confirm, each with its one-click confirmation. */
export function ToVerifyList({ list, countryName, locale }: Props) {
  const t = translations(locale, 'rounds')
  const p = t.progress
  return (
    <section aria-labelledby="to-verify-heading">
      {/* Focused after a confirmation (StepButton's returnTo), so that keyboard users go on down the list. */}
      <h2 id="to-verify-heading" tabIndex={-1}>
        {p.toVerifyHeading}
      </h2>
      <p>{p.toVerifyIntro}</p>
      {list.total === 0 && <p>{p.noneToVerify}</p>}
      {list.total > 0 && (
        <ScrollTable caption={p.toVerifyCaption({ n: list.total })} columns={[p.practice, p.country, p.action]}>
          <tbody>
            {list.docs.map((practice) => (
              <tr key={practice.id}>
                <th scope="row">
                  <a href={`/admin/collections/practices/${practice.id}`}>{practice.title}</a>
                </th>
                <td>{countryName(practice.country)}</td>
                <td>
                  <StepButton
                    url={`/api/practices/${practice.id}/confirm`}
                    label={t.actions.confirm}
                    ariaLabel={p.confirmPractice({ title: practice.title })}
                    returnTo="to-verify-heading"
                    texts={{ confirm: t.confirm, cancel: t.cancel, working: t.working, failed: t.failed }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {list.total > list.docs.length && <p>{p.firstShown({ shown: list.docs.length, n: list.total })}</p>}
    </section>
  )
}
