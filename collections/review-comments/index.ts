import type { CollectionConfig, FieldAccess, PayloadRequest } from 'payload'

import { allow } from '@/access/collection-access'
import { requestLocale } from '@/i18n/request-locale'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { translations } from '@/i18n/translations'
import { MAX_COMMENT_LENGTH, practiceFieldKeys } from '@/workflow/comment-rules'
import { createOnOwnPractice } from './access'
import { stampReviewComment } from './hooks/stamp-review-comment'

/** Set by the server only (stampReviewComment). */
const serverOnly: FieldAccess = () => false
/** Written once: a comment's practice, text and field stay as they were written; only `resolved` changes. */
const writtenOnce = { update: serverOnly }

/**
 * The review thread of a practice: reviewers' comments (a request for changes writes one) and replies.
 * Read by the reviewers and the coordinators of the practice's country; never public, never in exports
 * or the open-data files (src/exchange and src/data do not read this collection).
 */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  labels: collectionLabels('workflow.comments.singular', 'workflow.comments.plural'),
  admin: { useAsTitle: 'body', defaultColumns: ['practice', 'body', 'field', 'author', 'resolved', 'createdAt'] },
  access: {
    read: allow('reviewComments', 'read'),
    create: createOnOwnPractice,
    update: allow('reviewComments', 'update'),
    delete: allow('reviewComments', 'delete'),
  },
  hooks: { beforeChange: [stampReviewComment] },
  fields: [
    { name: 'practice', type: 'relationship', relationTo: 'practices', required: true, index: true, label: labelsOf('admin.practice'), access: writtenOnce },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: labelsOf('workflow.comments.author'),
      access: { create: serverOnly, update: serverOnly },
      admin: { readOnly: true },
    },
    { name: 'body', type: 'textarea', required: true, maxLength: MAX_COMMENT_LENGTH, label: labelsOf('workflow.comments.body'), access: writtenOnce },
    {
      name: 'field',
      type: 'text',
      label: labelsOf('workflow.comments.field'),
      access: writtenOnce,
      admin: { description: labelsOf('workflow.comments.fieldHelp') },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        !value || practiceFieldKeys(req.payload).includes(value) ? true : translations(requestLocale(req), 'workflow').errors.unknownField({ field: value }),
    },
    { name: 'resolved', type: 'checkbox', defaultValue: false, index: true, label: labelsOf('workflow.comments.resolved') },
    {
      name: 'resolvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: labelsOf('workflow.comments.resolvedBy'),
      access: { create: serverOnly, update: serverOnly },
      admin: { readOnly: true },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      label: labelsOf('workflow.comments.resolvedAt'),
      access: { create: serverOnly, update: serverOnly },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
