/** Charts that say something: drawn on the server only when they set two figures side by side, otherwise given as text. */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { browserForThisFile } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

interface Figure {
  title: string
  drawn: boolean
  /** the figures of a drawn chart's table, per series (column) */
  columns: number[][]
  /** the lines of a chart given as text */
  text: string[]
  note: string
}

/** Every chart of the kit on the page (not the map, not the heat map, which are tables or links themselves). */
async function charts(page: Page): Promise<Figure[]> {
  return page.locator('figure.chart:not(.europe-map):not(.heatmap)').evaluateAll((figures) =>
    figures.map((figure) => {
      const rows = [...figure.querySelectorAll('.chart-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => Number((td.textContent ?? '').replace(/[,%\s]/g, ''))))
      return {
        title: figure.querySelector('.chart-title')?.textContent ?? '',
        drawn: figure.querySelector('.chart-plot svg') !== null,
        columns: (rows[0] ?? []).map((_, i) => rows.map((row) => row[i]!)),
        text: [...figure.querySelectorAll('.chart-as-text li')].map((li) => li.textContent ?? ''),
        note: figure.querySelector('.chart-note')?.textContent ?? '',
      }
    }),
  )
}

const aboveZero = (values: number[]) => values.filter((v) => v > 0).length

describe('charts', () => {
  it('draw only what compares at least two figures, and give the rest as text', async () => {
    const page = await browser().newPage()
    const seen: Figure[] = []
    for (const path of ['/en', '/en/countries/BE', '/en/countries/compare?countries=BE,NL', '/en/practices/clbchat', '/en/practices/school-safety-helpdesk']) {
      await page.goto(`${baseURL}${path}`)
      for (const chart of await charts(page)) {
        seen.push(chart)
        if (chart.drawn) expect(aboveZero(chart.columns.flat()), `${path}: ${chart.title}`).toBeGreaterThanOrEqual(2)
        else expect(chart.text.length, `${path}: ${chart.title}`).toBeGreaterThan(0)
      }
    }
    expect(seen.some((c) => c.drawn)).toBe(true)
    await page.close()
  })

  it('on the compare page, draw a metric only when two practices report it', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/compare?practices=clbchat,school-safety-helpdesk`)
    const figures = await charts(page)
    expect(figures.length).toBeGreaterThan(0)
    for (const chart of figures) {
      const reporting = chart.columns.filter((column) => aboveZero(column) > 0).length
      if (chart.drawn) expect(reporting, chart.title).toBeGreaterThanOrEqual(2)
      else expect(chart.note, chart.title).toMatch(/^Reported by: [^;]+\./)
    }
    // each title names the metric and the period
    for (const chart of figures) expect(chart.title).toMatch(/, \d{4}/)
    await page.close()
  })

  it('say how many practices leave the policy stage open when most do', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en`)
    const stage = (await charts(page)).find((c) => c.title.endsWith('share of practices at each stage'))!
    const notStated = stage.drawn ? stage.columns.at(-1)![0]! : Number(/Not stated ([\d.]+)%/.exec(stage.text[0]!)![1])
    const open = /^(\d+) of (\d+) practices leave this question open/.exec(stage.note)
    const only = stage.note.startsWith('The only practice leaves this question open')
    expect(Boolean(open) || only).toBe(notStated >= 50)
    if (open) expect(Math.round((Number(open[1]) / Number(open[2])) * 1000) / 10).toBe(notStated)
    await page.close()
  })

  it('name what a metric leaves open, such as the topic of a share of topic, in the figures’ own words', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/practices/clbchat`)
    const topic = (await charts(page)).find((c) => c.title.startsWith('Share of topic by client group'))!
    expect(topic.note).toBe(
      'Each figure as its source words it: Pupils: Share of pupil chats on educational guidance (the most popular topic); Parents: Share of parent chats on educational guidance.',
    )
    await page.close()
  })

  it.each([
    ['nl', 'Aandeel per thema per doelgroep', 'Elk cijfer zoals de bron het omschrijft:', 'Leerlingen: Aandeel van de chats met leerlingen over onderwijsloopbaan', null],
    ['fr', 'Part par sujet par groupe', 'Chaque chiffre tel que sa source le formule :', 'Pupils: Share of pupil chats on educational guidance', 'en'],
    ['de', 'Anteil nach Thema nach Zielgruppe', 'Jede Zahl so, wie ihre Quelle sie beschreibt:', 'Pupils: Share of pupil chats on educational guidance', 'en'],
  ])('name the topic of a share of topic on a %s page, marked English where the practice is not translated', async (locale, title, intro, topic, lang) => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/${locale}/practices/clbchat`)
    const chart = page.locator('figure.chart').filter({ has: page.locator('.chart-title', { hasText: title }) })
    expect(await chart.locator('.chart-note').textContent()).toMatch(new RegExp(`^${intro}`))
    const labels = chart.locator('.chart-note span')
    expect(await labels.textContent()).toContain(topic)
    expect(await labels.getAttribute('lang')).toBe(lang)
    await page.close()
  })

  it('say which months of a breakdown by month were not published', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/practices/school-safety-helpdesk`)
    const months = (await charts(page)).find((c) => c.note.includes('of 12 published'))!
    expect(months.note).toContain(`Only ${months.columns[0]?.length ?? months.text.length} months of 12 published`)
    await page.close()
  })
})
