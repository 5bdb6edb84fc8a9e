import type { CollectionConfig, Field, FieldAccess, PayloadRequest } from 'payload'

import { allow } from '@/access/collection-access'
import { requestLocale } from '@/i18n/request-locale'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf, type CatalogueKey } from '@/i18n/labels-of'
import { translations } from '@/i18n/translations'
import { MAX_COMMENT_LENGTH, practiceFieldKeys } from '@/workflow/comment-rules'
import { createOnOwnPractice } from './access'
import { stampReviewComment } from './hooks/stamp-review-comment'

const serverOnly: FieldAccess = () => false
/** Written once: a comment's practice, text and field stay as they were written; only `resolved` changes. */
const writtenOnce = { update: serverOnly }
/** Set by the server only (stampReviewComment): read-only in the admin, refused from a request. A new object per field: Payload sanitizes each field's own. */
const setByServer = () => ({ access: { create: serverOnly, update: serverOnly }, admin: { readOnly: true } })
/** The user the server records as having written or resolved a comment. */
const stampedUser = (name: string, label: CatalogueKey): Field => ({ name, type: 'relationship', relationTo: 'users', label: labelsOf(label), ...setByServer() })

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
    stampedUser('author', 'workflow.comments.author'),
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
    stampedUser('resolvedBy', 'workflow.comments.resolvedBy'),
    {
      name: 'resolvedAt',
      type: 'date',
      label: labelsOf('workflow.comments.resolvedAt'),
      ...setByServer(),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
