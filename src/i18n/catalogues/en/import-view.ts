/** The admin's import view. */
export const importView = {
  title: 'Import practices',
  intro: 'Load many practices at once from a CSV or JSON file. The file is checked first; nothing is written until you confirm, and nothing at all if any row has a problem. Practices are matched by slug: existing ones are updated, new ones created as drafts. Several values in one cell are separated by a vertical bar (|); pathway, sources, contact persons, indicators and opening hours are JSON arrays.',
  template: 'Download the template',
  example: 'Download an example',
  signIn: 'Sign in to import practices.',
  file: 'File (CSV or JSON)',
  check: 'Check file',
  working: 'Working…',
  failed: 'The import failed.',
  serverAnswered: 'The server answered {status}.',
  /** also the REST endpoint's and the command line's answer when an import fails for a reason not in the file */
  failedUnexpectedly: 'The import failed unexpectedly and nothing was written (error id {id}: an administrator finds the details in the server log under that id).',
  problems: '{n, plural, one {# problem} other {# problems}} in {rows, plural, one {# row} other {# rows}}. Nothing was written. Correct the file and check it again.',
  row: 'Row',
  column: 'Column',
  value: 'Value',
  expected: 'Expected',
  checked: '{rows, plural, one {# row} other {# rows}}: {created} to create, {updated} to update, {unchanged} unchanged.',
  imported: '{rows, plural, one {# row} other {# rows}}: {created} created, {updated} updated, {unchanged} unchanged.',
  importButton: 'Import {n, plural, one {# practice} other {# practices}}',
} as const
