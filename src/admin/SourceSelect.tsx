'use client'

import { useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import { KeySelectField } from './KeySelectField'
import { sourceChoices } from './source-choices'

/**
 * The select of SourceField: the sources of this practice as the form holds them now (Record tab), so a
 * source added there is offered at once. The selector returns a string so that the field re-renders only
 * when a source changes, not at every keystroke elsewhere in the form.
 */
export function SourceSelect({ choose, none, ...props }: TextFieldClientProps & { choose: string; none: string }) {
  const listed = useFormFields(([fields]) =>
    JSON.stringify(Object.entries(fields).flatMap(([path, state]) => (path.startsWith('sources.') ? [[path, state.value]] : []))),
  )
  const options = sourceChoices(JSON.parse(listed) as [string, unknown][])
  return <KeySelectField {...props} options={options} placeholder={options.length > 0 ? choose : none} />
}
