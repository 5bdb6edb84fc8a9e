/**
 * The one file that turns the framework into Payload fields: a tab per section,
 * a field per question, named by the question key. Collections add the record
 * fields and the access rules; nothing here knows about roles.
 */
import type { Field, FieldAccess, FieldHook, Tab, Validate } from 'payload'

import { refuseUnsafeLinks } from '@/richtext/refuse-unsafe-links'
import { partLabels } from './part-labels'
import { dimensionOptions, languageCodes, unitOptions, weekdayLabels } from './record'
import { languageName } from './language-names'
import { httpUrlExpected, isHttpUrl, metricKeyFormat, period, sourceKeyFormat, timeOfDay } from './formats'
import { byKind, type KindHandlers } from './kind-handlers'
import { defaultLocale, weekdays, type Option, type Question, type Section, type Text } from './types'

export interface FieldPolicies {
  /** Who may read the personal data of a contact person row (its sibling data holds `isPublic`). */
  readPersonalContact: FieldAccess
  /** Removes rows of contact persons that the reader may not see. */
  filterContactPersons: FieldHook
}

export const selectOptions = (options: readonly Option[]) => options.map((o) => ({ value: o.key, label: o.label }))

const languageOptions = languageCodes.map((code) => ({ value: code, label: languageName(code) }))

const validateTime: Validate<string | null | undefined> = (value) =>
  !value || timeOfDay.test(value) ? true : 'Use 24-hour time, e.g. 09:00 or 17:30.'

export const validateUrl: Validate<string | null | undefined> = (value) =>
  !value || isHttpUrl(value) ? true : `Enter ${httpUrlExpected}.`

type Common = { name: string; label: Text; required?: boolean; admin: { description: Text } }

const payloadFieldByKind = {
  multi: (field, common: Common) => ({ ...common, type: 'select', hasMany: true, options: selectOptions(field.options) }),
  single: (field, common: Common): Field =>
    field.dropdown
      ? { ...common, type: 'select', options: selectOptions(field.options) }
      : { ...common, type: 'radio', options: selectOptions(field.options) },
  narrative: (_, common: Common) => ({ ...common, type: 'richText', localized: true, hooks: { beforeValidate: [refuseUnsafeLinks] } }),
  shortText: (_, common: Common) => ({ ...common, type: 'text', localized: true }),
  yesNo: (_, common: Common) => ({ ...common, type: 'checkbox' }),
  url: (_, common: Common) => ({ ...common, type: 'text', validate: validateUrl }),
  languages: (_, common: Common) => ({ ...common, type: 'select', hasMany: true, options: languageOptions }),
  language: (field, common: Common) => ({
    ...common,
    type: 'select',
    options: languageOptions,
    ...(field.required ? { defaultValue: defaultLocale } : {}),
  }),
  date: (_, common: Common) => ({ ...common, type: 'date', admin: { ...common.admin, date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } }),
  organisations: (_, common: Common) => ({ ...common, type: 'relationship', relationTo: 'organisations', hasMany: true }),
  openingHours: (_, common: Common) => ({
    ...common,
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'day',
            label: partLabels.day,
            type: 'select',
            required: true,
            options: weekdays.map((d) => ({ value: d, label: weekdayLabels[d] })),
          },
          { name: 'from', label: partLabels.from, type: 'text', required: true, validate: validateTime },
          { name: 'to', label: partLabels.to, type: 'text', required: true, validate: validateTime },
        ],
      },
    ],
  }),
  persons: (_, common: Common, policies: FieldPolicies) => {
    const personal = { access: { read: policies.readPersonalContact } }
    return {
      ...common,
      type: 'array',
      hooks: { afterRead: [policies.filterContactPersons] },
      fields: [
        { name: 'name', label: partLabels.name, type: 'text', required: true, ...personal },
        { name: 'jobTitle', label: partLabels.jobTitle, type: 'text', localized: true, ...personal },
        { name: 'email', label: partLabels.email, type: 'email', ...personal },
        { name: 'phone', label: partLabels.phone, type: 'text', ...personal },
        {
          name: 'isPublic',
          label: partLabels.isPublic,
          type: 'checkbox',
          defaultValue: false,
          admin: { description: partLabels.isPublicHelp },
        },
      ],
    }
  },
  indicators: (_, common: Common) => ({
    ...common,
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          {
            // A key of the metrics collection, chosen from those the user may use (checked again on save).
            name: 'metric',
            label: partLabels.metric,
            type: 'text',
            required: true,
            admin: { components: { Field: '/src/admin/MetricField#MetricField' } },
            validate: (value: string | null | undefined) =>
              value && metricKeyFormat.test(value) ? true : 'Choose a metric from the list.',
          },
          {
            name: 'period',
            label: partLabels.period,
            type: 'text',
            required: true,
            admin: { description: partLabels.periodHelp },
            validate: (value: string | null | undefined) =>
              value && period.test(value) ? true : 'Write a year (2016) or a school year (2016-17).',
          },
          { name: 'value', label: partLabels.value, type: 'number', required: true },
          { name: 'unit', label: partLabels.unit, type: 'select', required: true, options: selectOptions(unitOptions) },
        ],
      },
      { name: 'label', label: partLabels.indicatorLabel, type: 'text', localized: true },
      {
        type: 'row',
        fields: [
          { name: 'dimension', label: partLabels.dimension, type: 'select', options: selectOptions(dimensionOptions) },
          { name: 'category', label: partLabels.category, type: 'text', localized: true },
          {
            name: 'source',
            label: partLabels.source,
            type: 'text',
            required: true,
            // Chosen from the practice's own sources (checked again on save, see checkIndicatorSources).
            admin: { description: partLabels.sourceHelp, components: { Field: '/src/admin/SourceField#SourceField' } },
            validate: (value: string | null | undefined) =>
              value && sourceKeyFormat.test(value) ? true : 'Choose one of the sources listed on the Record tab.',
          },
        ],
      },
    ],
  }),
} satisfies KindHandlers<[Common, FieldPolicies], Field>

/** The Payload field of a practice field, named by its key, with its prompt as the admin's help. */
export function questionField(question: Question, policies: FieldPolicies): Field {
  const common: Common = { name: question.key, label: question.label, admin: { description: question.prompt }, ...(question.required ? { required: true } : {}) }
  return byKind<[Common, FieldPolicies], Field>(payloadFieldByKind, question, common, policies)
}

export function sectionTab(section: Section, policies: FieldPolicies): Tab {
  return {
    label: section.title,
    fields: section.questions.map((q) => questionField(q, policies)),
  }
}

export function frameworkTabs(sections: readonly Section[], policies: FieldPolicies): Tab[] {
  return sections.map((s) => sectionTab(s, policies))
}
