import { getBenchmarkInventory } from '@/benchmark/data/inventory'
import { translations } from '@/i18n/translations'
import { frameworkSections, sourceDocumentTitle, type ElementView } from '@/view-models/framework/framework-page'
import { localeParams, titledPageMetadata, type LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

export const generateMetadata = titledPageMetadata((locale) => translations(locale, 'frameworkPage').title, '/framework')

function ElementItem({ element, t }: { element: ElementView; t: ReturnType<typeof translations<'frameworkPage'>> }) {
  const { prevalence, catalogue } = element
  return (
    <li>
      <h4>{element.label}</h4>
      <p>
        <span className="element-rule-label">{t.rule}:</span> {element.rule ?? t.noRule}
      </p>
      {prevalence && (
        <p className="element-count">
          {catalogue.exact ? (
            <a href={catalogue.href}>{t.meeting({ ...prevalence })}</a>
          ) : (
            <>
              {t.meeting({ ...prevalence })}. {t.notFilterable}{' '}
              <a href={catalogue.href}>{catalogue.closestFilter ? t.closestFilter({ filter: catalogue.closestFilter }) : t.wholeCatalogue}</a>
            </>
          )}
        </p>
      )}
    </li>
  )
}

/** The framework explained: its sections, questions, options and elements of good policy, with how many practices meet each. */
export default async function FrameworkPage({ params }: LocalePageProps) {
  const { locale } = await localeParams(params)
  const t = translations(locale, 'frameworkPage')
  const sections = frameworkSections((await getBenchmarkInventory()).prevalence, locale)
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p>
        {t.source} <cite lang="en">{sourceDocumentTitle}</cite>
      </p>
      <nav aria-labelledby="framework-contents">
        <h2 id="framework-contents">{t.contents}</h2>
        <ol className="framework-contents">
          {sections.map((s) => (
            <li key={s.key}>
              <a href={`#${s.key}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => (
        <section key={section.key} id={section.key} aria-labelledby={`${section.key}-title`} className="framework-section">
          <h2 id={`${section.key}-title`}>{section.title}</h2>
          <h3>{t.questions}</h3>
          <ol className="framework-questions">
            {section.questions.map((q) => (
              <li key={q.key}>
                <p>
                  <strong>{q.label}</strong>: {q.prompt}
                </p>
                {q.seedWording && (
                  <p className="meta">
                    {t.seedWording} <q lang="en">{q.seedWording}</q>
                  </p>
                )}
                {q.options.length > 0 && (
                  <ul className="tags" aria-label={`${q.label}: ${t.options}`}>
                    {q.options.map((o) => (
                      <li key={o.key}>{o.label}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <h3>{t.elements}</h3>
          {section.elements.length === 0 ? (
            <p>{t.noElements}</p>
          ) : (
            <ul className="framework-elements">
              {section.elements.map((element) => (
                <ElementItem key={element.key} element={element} t={t} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  )
}
