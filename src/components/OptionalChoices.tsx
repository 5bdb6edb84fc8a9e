/** The options of a select whose answer may be left empty: first the empty option (`none` says what it means), then each choice. */
export function OptionalChoices({ none, choices }: { none: string; choices: readonly { value: string; label: string }[] }) {
  return (
    <>
      <option value="">{none}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </>
  )
}
