/**
 * What a round's name may hold. The name is how the round is cited and how its closed snapshot is asked for
 * (/api/open-data/practices.csv?round=2027%20update): the admin's field and the open-data request check the same rule.
 */

/** The longest round name. */
export const MAX_ROUND_NAME = 100

/** Letters, digits, spaces and . _ - ( ) / only. */
export const ROUND_NAME_PATTERN = /^[\p{L}\p{N} ._\-()/]+$/u

export const isRoundName = (value: string): boolean => value.trim() !== '' && value.length <= MAX_ROUND_NAME && ROUND_NAME_PATTERN.test(value)

/**
 * The name as it is stored: without spaces at either end. The open-data request trims the name it is given, so a
 * round saved as "2027 update " would have a snapshot that no address reaches.
 */
export const storedRoundName = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value)
