export default function PublicNotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no published page at this address. <a href="/en">Go to the home page</a>.
      </p>
    </>
  )
}
