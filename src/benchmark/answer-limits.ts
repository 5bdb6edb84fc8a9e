/**
 * The limits of a self-assessment's answers, apart from their schemas so that the form (a client
 * component) can use them without loading zod and the framework's labels in every language.
 */
export const NOTE_MAX_LENGTH = 2000
export const NAME_MAX_LENGTH = 120
export const MAX_PEERS = 4
