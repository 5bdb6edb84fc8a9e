import type { Browser } from 'playwright-core'

/** One anonymous benchmark save as the browser sends it without JavaScript: a form post to a server action. */
export interface RecordedSave {
  path: string
  contentType: string
  body: Buffer
}

/** Fills and saves a small assessment in a browser without JavaScript, from `address`, and records the post. */
export async function recordBenchmarkSave(browser: Browser, baseURL: string, address: string): Promise<RecordedSave> {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': address } })
  const page = await context.newPage()
  let recorded: RecordedSave | undefined
  page.on('request', (request) => {
    if (request.method() === 'POST' && !recorded) {
      recorded = { path: new URL(request.url()).pathname + new URL(request.url()).search, contentType: request.headers()['content-type'], body: request.postDataBuffer()! }
    }
  })
  await page.goto(`${baseURL}/en/benchmark`)
  await page.getByRole('checkbox', { name: /^Access \(/ }).check()
  await page.getByRole('button', { name: 'Start with the chosen sections' }).click()
  await page.getByRole('group', { name: 'Offered in more than one language', exact: true }).getByLabel('In progress', { exact: true }).check()
  await page.getByRole('button', { name: 'Save the assessment' }).click()
  await page.waitForURL(/\?saved=1$/)
  await context.close()
  if (!recorded) throw new Error('The save was not recorded')
  return recorded
}

/** Sends a recorded save again; says whether it was saved (the action redirects) or refused for the rate limit. */
export async function replaySave(baseURL: string, save: RecordedSave, forwardedFor: string): Promise<'saved' | 'rate-limited' | string> {
  const response = await fetch(`${baseURL}${save.path}`, {
    method: 'POST',
    headers: { 'content-type': save.contentType, 'x-forwarded-for': forwardedFor },
    body: new Uint8Array(save.body),
    redirect: 'manual',
  })
  if (response.status === 303 || response.status === 307) return 'saved'
  const text = await response.text()
  return text.includes('saving without an account is paused') ? 'rate-limited' : `${response.status}: ${text.slice(0, 200)}`
}
