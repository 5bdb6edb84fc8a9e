/** Messages of the admin's field validation and of the practice schema (imports, APIs): what a value must look like. */
export const validation = {
  slug: 'Use lower-case letters, digits and single hyphens, e.g. clbchat.',
  slugNeeded: 'Fill in the slug, or an English title to make it from, before publishing.',
  sourceKey: 'Use lower-case letters, digits and hyphens.',
  indicatorSource: 'Choose one of the sources listed on the Record tab.',
  metric: 'Choose a metric from the list.',
  metricKey: 'Write the key in camelCase: a lower-case letter, then letters or digits (2 to 48), e.g. occupationalProfiles.',
  timeOfDay: 'Use 24-hour time, e.g. 09:00 or 17:30.',
  period: 'Write a year (2016) or a school year (2016-17).',
  httpUrl: 'Enter a full web address starting with https:// or http://.',
  roundName: 'Use at most 100 letters, digits, spaces and . _ - ( ) /, e.g. 2027 update: the name is part of the address of the round’s open data.',
  unknownSource: 'Source "{source}" is not among this practice’s sources ({keys}).',
  noSourcesYet: 'none yet',
} as const
