/** What the assessment form shows, in the page's language: plain data, so that the server page can hand it to the client form. */
export interface FormElement {
  key: string
  label: string
  /** what the assessed practice's record says; null when no rule can tell or no practice is assessed */
  verdict: boolean | null
  /** the answer was filled in from the record */
  prefilled: boolean
}

export interface FormSection {
  key: string
  title: string
  elements: FormElement[]
}

export interface FormModel {
  practiceTitle: string | null
  sections: FormSection[]
  stages: { key: string; label: string }[]
  peerOptions: { id: string; label: string }[]
  states: { key: string; label: string }[]
  targets: { key: string; label: string }[]
}
