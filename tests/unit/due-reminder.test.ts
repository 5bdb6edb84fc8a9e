/** Which round reminder is due on a day: 14 days before the deadline, 3 days before, on the day; caught up, never after. */
import { describe, expect, it } from 'vitest'

import { dueReminder } from '@/rounds/reminders/due-reminder'

describe('dueReminder', () => {
  it.each([
    ['2027-03-16', null],
    ['2027-03-17', 'days14'],
    ['2027-03-27', 'days14'],
    ['2027-03-28', 'days3'],
    ['2027-03-30', 'days3'],
    ['2027-03-31', 'deadline'],
    ['2027-04-01', null],
  ] as const)('on %s for a deadline of 31 March 2027: %s', (today, expected) => {
    expect(dueReminder('2027-03-31', today)).toBe(expected)
  })
})
