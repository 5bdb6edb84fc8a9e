/** Yearly update rounds: the collection, its steps, the progress view and the reminder mails (admin, API answers). */
export const rounds = {
  round: 'Update round',
  rounds: 'Update rounds',
  name: 'Name',
  nameHelp: 'How the round is cited, e.g. 2027 update. It cannot change once the round is closed.',
  opensAt: 'Opened at',
  opensAtHelp: 'Set by the step “Open the round”.',
  deadline: 'Deadline',
  closedAt: 'Closed at',
  countries: 'Countries in scope',
  countriesHelp: 'The countries whose published practices are to be verified in this round (none: all countries).',
  verifyState: 'Verification in the open round',
  verifyStates: {
    toVerify: 'To verify',
    confirmed: 'Confirmed unchanged',
    updated: 'Updated',
  },
  verifyRound: 'Round of the verification',
  lastVerifiedAt: 'Last verified at',
  lastVerifiedRound: 'Last verified in round',
  errors: {
    closedIsFixed: 'The round “{name}” is closed; a closed round cannot change.',
    openScopeIsFixed: 'The round “{name}” is open; its countries cannot change until it is closed.',
    startedIsKept: 'The round “{name}” has been opened, so it is kept.',
  },
} as const
