import type { Catalogue } from '../catalogue'

export const importView: Catalogue['importView'] = {
  title: 'Praxisbeispiele importieren',
  intro: 'Laden Sie viele Praxisbeispiele auf einmal aus einer CSV- oder JSON-Datei. Die Datei wird zuerst geprüft; nichts wird gespeichert, bevor Sie bestätigen, und gar nichts, wenn eine Zeile ein Problem hat. Praxisbeispiele werden über den Slug zugeordnet: vorhandene werden aktualisiert, neue als Entwurf angelegt. Mehrere Werte in einer Zelle werden durch einen senkrechten Strich (|) getrennt; Ablauf, Quellen, Kontaktpersonen, Indikatoren und Öffnungszeiten sind JSON-Listen.',
  template: 'Vorlage herunterladen',
  example: 'Beispiel herunterladen',
  signIn: 'Melden Sie sich an, um Praxisbeispiele zu importieren.',
  file: 'Datei (CSV oder JSON)',
  check: 'Datei prüfen',
  working: 'In Arbeit…',
  failed: 'Der Import ist fehlgeschlagen.',
  serverAnswered: 'Der Server antwortete {status}.',
  failedUnexpectedly: 'Der Import ist unerwartet fehlgeschlagen, es wurde nichts gespeichert (Fehlernummer {id}: Eine Administratorin findet die Einzelheiten unter dieser Nummer im Serverprotokoll).',
  problems: '{n, plural, one {# Problem} other {# Probleme}} in {rows, plural, one {# Zeile} other {# Zeilen}}. Nichts wurde gespeichert. Korrigieren Sie die Datei und prüfen Sie sie erneut.',
  row: 'Zeile',
  column: 'Spalte',
  value: 'Wert',
  expected: 'Erwartet',
  checked: '{rows, plural, one {# Zeile} other {# Zeilen}}: {created} anzulegen, {updated} zu aktualisieren, {unchanged} unverändert.',
  imported: '{rows, plural, one {# Zeile} other {# Zeilen}}: {created} angelegt, {updated} aktualisiert, {unchanged} unverändert.',
  importButton: '{n, plural, one {# Praxisbeispiel} other {# Praxisbeispiele}} importieren',
}
