'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'

/**
 * Filters apply when the visitor presses a button (Apply filters, Search, Sort), never on each tick: a
 * page that changes while a screen-reader user is still in a list of checkboxes is a change of context on
 * input (WCAG 3.2.2), and the counts and order of the options would shift under them. With JavaScript the
 * form's GET becomes a soft navigation: the page does not reload, the keyboard focus stays on the button that
 * was pressed, and the results' status region announces the new count. Without it, the form works as it is.
 */
export function ApplyInPlace() {
  const router = useRouter()
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = marker.current?.closest('form')
    if (!form) return
    const apply = (event: SubmitEvent) => {
      event.preventDefault()
      const params = new URLSearchParams()
      for (const [name, value] of new FormData(form, event.submitter)) if (typeof value === 'string' && value !== '') params.append(name, value)
      const search = params.toString()
      router.push(`${form.getAttribute('action')}${search ? `?${search}` : ''}`, { scroll: false })
    }
    form.addEventListener('submit', apply)
    return () => form.removeEventListener('submit', apply)
  }, [router])
  return <span ref={marker} hidden />
}
