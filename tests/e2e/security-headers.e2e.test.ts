/** Response headers a reviewing IT department expects, and a CSP strict enough to block injected scripts yet let every page work. */
import { describe, expect, inject, it } from 'vitest'

import { browserForThisFile } from '../support/browser'
import { signedInBeforeAll } from '../support/http'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

const everywhere = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
}

describe('headers', () => {
  it.each(['/en', '/nl/practices', '/en/practices/clbchat', '/admin/login'])('%s has a nonce-based CSP that forbids framing, and the common headers', async (path) => {
    const response = await fetch(`${baseURL}${path}`)
    expect(response.status).toBe(200)
    for (const [name, value] of Object.entries(everywhere)) expect(response.headers.get(name), name).toBe(value)
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    const csp = response.headers.get('content-security-policy') ?? ''
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-eval')
    // Every script the page itself carries has the nonce of this response.
    const html = await response.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`)
  })

  it('gives each answer of the home page (kept until the next write) a nonce of its own, in its policy and on its scripts', async () => {
    const answers = await Promise.all([0, 1, 2].map(async () => {
      const response = await fetch(`${baseURL}/en`)
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? ''
      return { nonce, html: await response.text() }
    }))
    expect(new Set(answers.map((a) => a.nonce)).size).toBe(3)
    for (const { nonce, html } of answers) {
      for (const tag of html.matchAll(/<script\b[^>]*>/g)) expect(tag[0]).toContain(`nonce="${nonce}"`)
      expect(html.split(nonce).join('NONCE')).toBe(answers[0].html.split(answers[0].nonce).join('NONCE'))
    }
  })

  it('gives API answers a policy that allows nothing', async () => {
    const response = await fetch(`${baseURL}/api/practices?limit=1`)
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; sandbox")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('the policy in a browser', () => {
  it.each(['/en', '/en/practices', '/en/compare?practices=clbchat,school-safety-helpdesk', '/admin/login'])('%s runs with no CSP violation and blocks an injected inline script', async (path) => {
    const page = await browser().newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(`${baseURL}${path}`)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    // What an XSS would add to the markup: an inline event handler. The policy stops it and says so.
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; blocked: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({ ran: (window as unknown as { injected?: boolean }).injected === true, blocked: event.violatedDirective }),
          )
          document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/does-not-exist.png" onerror="window.injected = true">')
        }),
    )
    expect(outcome).toEqual({ ran: false, blocked: 'script-src-attr' })
    await page.close()
  })
})

describe('uploaded files', () => {
  const admin = signedInBeforeAll(baseURL, 'admin@example.org')

  async function upload(name: string, type: string, bytes: Uint8Array<ArrayBuffer>) {
    const form = new FormData()
    form.set('file', new Blob([bytes], { type }), name)
    form.set('_payload', JSON.stringify({ alt: name }))
    const response = await fetch(`${baseURL}/api/media`, { method: 'POST', headers: { authorization: `JWT ${admin().token}`, 'x-forwarded-for': admin().address }, body: form })
    return { status: response.status, json: (await response.json()) as { doc?: { url: string } } }
  }

  it('are downloaded, not shown inline, unless they are plain images; SVG is refused', async () => {
    const pdf = await upload(`leaflet-${Date.now()}.pdf`, 'application/pdf', new TextEncoder().encode('%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n9\n%%EOF\n'))
    expect(pdf.status).toBe(201)
    const pdfFile = await fetch(new URL(pdf.json.doc!.url, baseURL))
    expect(pdfFile.headers.get('content-disposition')).toBe('attachment')
    expect(pdfFile.headers.get('x-content-type-options')).toBe('nosniff')

    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'))
    const image = await upload(`dot-${Date.now()}.png`, 'image/png', png)
    expect(image.status).toBe(201)
    const imageFile = await fetch(new URL(image.json.doc!.url, baseURL))
    expect(imageFile.headers.get('content-type')).toBe('image/png')
    expect(imageFile.headers.get('content-disposition')).toBeNull()

    const svg = await upload(`logo-${Date.now()}.svg`, 'image/svg+xml', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))
    expect(svg.status).toBe(400)
  })
})
