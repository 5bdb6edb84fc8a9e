import type { AxeException } from './axe'

/**
 * What axe still finds in the admin inside Payload's own components (README, "Accessibility of the admin"): each
 * rule only on the elements of the component named, so the same rule anywhere else, and every other rule, counts.
 */
export const payloadOwnedAxeExceptions: readonly AxeException[] = [
  // Select and relationship fields, and the dashboard's view chooser (react-select): the typing box has no label
  // of its own, its indicators are aria-hidden buttons, and chosen values are buttons inside the combobox.
  { rule: 'label', within: '.react-select' },
  { rule: 'aria-hidden-focus', within: '.rs__indicators' },
  { rule: 'nested-interactive', within: '.rs__multi-value' },
  // Date fields: the date picker's text box and its unnamed clear button.
  { rule: 'label', within: '.date-time-picker' },
  { rule: 'button-name', within: '.date-time-picker__clear-button' },
  // The list's row checkboxes (aria-label="").
  { rule: 'label', within: '.select-row' },
  // Pop-up menus opened by an icon only: the document's "more" menu, array fields' copy/paste and row menus.
  { rule: 'button-name', within: '.popup-button' },
  // Array rows' drag handles, and the list's lock icon on a row someone is editing (role="button" without a name).
  { rule: 'aria-command-name', within: '.collapsible__drag' },
  { rule: 'aria-command-name', within: '.locked' },
  // Document tabs: "Versions" with its count pill, and a list of tabs holding other elements than <li>.
  { rule: 'label-content-name-mismatch', within: '.doc-tab' },
  { rule: 'list', within: '.doc-tabs__tabs' },
  // The list's "Create new" button, named "Create new <singular label>".
  { rule: 'label-content-name-mismatch', within: '.list-create-new-doc__create-new-button' },
  // The document controls bar scrolls sideways on narrow screens without being focusable.
  { rule: 'scrollable-region-focusable', within: '.doc-controls__content' },
]
