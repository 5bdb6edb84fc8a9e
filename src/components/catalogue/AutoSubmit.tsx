'use client'

import { useEffect, useRef } from 'react'

/**
 * With JavaScript, submits the surrounding form when a filter or the sort changes,
 * so the Apply button becomes optional; without it, the form works as it is.
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = marker.current?.closest('form')
    if (!form) return
    const submit = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement
      if (target.type === 'checkbox' || target.tagName === 'SELECT') form.requestSubmit()
    }
    form.addEventListener('change', submit)
    return () => form.removeEventListener('change', submit)
  }, [])
  return <span ref={marker} hidden />
}
