/**
 * The one file that turns the framework into Payload fields: a tab per section,
 * a field per question, named by the question key. Collections add the record
 * fields and the access rules; nothing here knows about roles.
 */
import type { Field, FieldAccess, FieldHook, FilterOptions, Tab } from 'payload'

import { refuseUnsafeLinks } from '@/richtext/refuse-unsafe-links'
import { fillSlug } from './fill-slug'
import { partLabels } from './part-labels'
import { dimensionOptions, languageCodes, unitOptions, weekdayLabels } from './record'
import { languageName } from './language-names'
import { validateFormat, validateSlug, validateUrl } from './payload-validate'
import { byKind, type KindHandlers } from './kind-handlers'
import { defaultLocale, weekdays, type Option, type Question, type Section, type Text } from './types'

export interface FieldPolicies {
  /** Who may read the personal data of a contact person row (its sibling data holds `isPublic`). */
  readPersonalContact: FieldAccess
  /** Removes rows of contact persons that the reader may not see. */
  filterContactPersons: FieldHook
  /** The countries a user may choose for a record (a coordinator's own, every country for reviewers and admins). */
  countryOptions: FilterOptions
}

export const selectOptions = (options: readonly Option[]) => options.map((o) => ({ value: o.key, label: o.label }))

const languageOptions = languageCodes.map((code) => ({ value: code, label: languageName(code) }))

type Common = { name: string; label: Text; required?: boolean; admin: { description: Text } }

const payloadFieldByKind = {
  multi: (field, common: Common) => ({ ...common, type: 'select', hasMany: true, options: selectOptions(field.options) }),
  single: (field, common: Common): Field =>
    field.dropdown
      ? { ...common, type: 'select', options: selectOptions(field.options) }
      : { ...common, type: 'radio', options: selectOptions(field.options) },
  narrative: (_, common: Common) => ({ ...common, type: 'richText', localized: true, hooks: { beforeValidate: [refuseUnsafeLinks] } }),
  shortText: (_, common: Common) => ({ ...common, type: 'text', localized: true }),
  longText: (_, common: Common) => ({ ...common, type: 'textarea', localized: true }),
  // Optional in the form: the hook fills it from the English title before validation.
  slug: (_, { required: _required, ...common }: Common) => ({
    ...common,
    type: 'text',
    unique: true,
    index: true,
    admin: { ...common.admin, position: 'sidebar' },
    hooks: { beforeValidate: [fillSlug] },
    validate: validateSlug,
  }),
  country: (_, common: Common, policies: FieldPolicies) => ({
    ...common,
    type: 'relationship',
    relationTo: 'countries',
    index: true,
    filterOptions: policies.countryOptions,
    // By the country's name in the language being edited (its names are localized), not by its code.
    // In lists, the name in the admin's language (Payload's own cell fetches names for the rows on screen only).
    admin: { ...common.admin, sortOptions: 'name', components: { Cell: '/src/admin/CountryCell#CountryCell' } },
  }),
  steps: (_, common: Common) => ({
    ...common,
    type: 'array',
    labels: { singular: partLabels.step, plural: partLabels.steps },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: partLabels.step },
      { name: 'actor', type: 'text', localized: true, label: partLabels.actor },
      { name: 'description', type: 'textarea', localized: true, label: partLabels.stepDescription },
    ],
  }),
  sources: (_, common: Common) => ({
    ...common,
    type: 'array',
    labels: { singular: partLabels.source, plural: partLabels.sources },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'key',
            type: 'text',
            required: true,
            label: partLabels.sourceKey,
            admin: { description: partLabels.sourceKeyHelp },
            validate: validateFormat('sourceKey'),
          },
          { name: 'title', type: 'text', required: true, label: partLabels.sourceTitle },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'url', type: 'text', label: partLabels.url, validate: validateUrl },
          { name: 'publisher', type: 'text', label: partLabels.publisher },
          { name: 'date', type: 'text', label: partLabels.sourceDate },
        ],
      },
    ],
  }),
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
          { name: 'from', label: partLabels.from, type: 'text', required: true, validate: validateFormat('timeOfDay') },
          { name: 'to', label: partLabels.to, type: 'text', required: true, validate: validateFormat('timeOfDay') },
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
            validate: validateFormat('metric'),
          },
          {
            name: 'period',
            label: partLabels.period,
            type: 'text',
            required: true,
            admin: { description: partLabels.periodHelp },
            validate: validateFormat('period'),
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
            validate: validateFormat('indicatorSource'),
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
