'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Posting an admin step (a workflow transition, a round step) from the browser: `working` while it runs; on success
 * the page reloads (its form then holds the new state), or, given `returnTo` (the id of a focusable element that stays
 * on the page), focus goes there and the page is read again in place, since the step may take its row off the page;
 * a refusal becomes `problem`, as the server words it.
 */
export function useStepPost(failed: string) {
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<string>()
  const router = useRouter()

  async function post(url: string, body: object, returnTo?: string) {
    setWorking(true)
    setProblem(undefined)
    const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => null)
    if (response?.ok) {
      if (returnTo) {
        document.getElementById(returnTo)?.focus()
        router.refresh()
        setWorking(false)
      } else window.location.reload()
      return
    }
    const answer = (await response?.json().catch(() => null)) as { errors?: { message: string }[] } | null
    setProblem(answer?.errors?.[0]?.message ?? failed)
    setWorking(false)
  }

  return { working, problem, setProblem, post }
}
