'use client'

/** Shown instead of a page that failed on the server: a plain message, never the error's details. */
export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        <a href="/en">Home page</a>
      </p>
    </>
  )
}
