'use client'

import { SelectField } from '@payloadcms/ui'
import type { OptionObject, TextFieldClientProps } from 'payload'

/** A text field that stores a key, edited as a choice among `options` (the keys its server check accepts). */
export function KeySelectField({ field, path, readOnly, options, placeholder }: TextFieldClientProps & { options: OptionObject[]; placeholder: string }) {
  return (
    <SelectField
      field={{ ...field, type: 'select', options, hasMany: false, admin: { ...field.admin, placeholder, isClearable: !field.required, isSortable: false } }}
      path={path}
      readOnly={readOnly}
    />
  )
}
