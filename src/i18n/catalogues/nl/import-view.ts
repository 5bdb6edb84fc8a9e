import type { Catalogue } from '../catalogue'

export const importView: Catalogue['importView'] = {
  title: 'Praktijken importeren',
  intro: 'Laad veel praktijken tegelijk uit een CSV- of JSON-bestand. Het bestand wordt eerst gecontroleerd; er wordt niets opgeslagen voordat u bevestigt, en helemaal niets als een rij een probleem heeft. Praktijken worden op slug gekoppeld: bestaande worden bijgewerkt, nieuwe als ontwerp aangemaakt. Meerdere waarden in één cel worden gescheiden door een verticale streep (|); traject, bronnen, contactpersonen, indicatoren en openingsuren zijn JSON-lijsten.',
  template: 'Sjabloon downloaden',
  example: 'Voorbeeld downloaden',
  signIn: 'Meld u aan om praktijken te importeren.',
  file: 'Bestand (CSV of JSON)',
  check: 'Bestand controleren',
  working: 'Bezig…',
  failed: 'Het importeren is mislukt.',
  serverAnswered: 'De server antwoordde {status}.',
  failedUnexpectedly: 'Het importeren is onverwacht mislukt en er is niets opgeslagen (foutnummer {id}: een beheerder vindt de details onder dat nummer in het serverlogboek).',
  problems: '{n, plural, one {# probleem} other {# problemen}} in {rows, plural, one {# rij} other {# rijen}}. Er is niets opgeslagen. Verbeter het bestand en controleer het opnieuw.',
  row: 'Rij',
  column: 'Kolom',
  value: 'Waarde',
  expected: 'Verwacht',
  checked: '{rows, plural, one {# rij} other {# rijen}}: {created} aan te maken, {updated} bij te werken, {unchanged} ongewijzigd.',
  imported: '{rows, plural, one {# rij} other {# rijen}}: {created} aangemaakt, {updated} bijgewerkt, {unchanged} ongewijzigd.',
  importButton: '{n, plural, one {# praktijk} other {# praktijken}} importeren',
}
