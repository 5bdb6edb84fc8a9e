import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { passwordProblemOf } from '@/security/password-policy'

/** Every way a password is set (account created, changed, reset by token) meets the password policy. */
export const checkNewPassword: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = args.data as { password?: unknown; email?: unknown } | undefined
  if (typeof data?.password !== 'string') return args
  const problem = passwordProblemOf(data.password, typeof data.email === 'string' ? data.email : undefined)
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] })
  return args
}
