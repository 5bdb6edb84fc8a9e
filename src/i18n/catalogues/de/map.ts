import type { Catalogue } from '../catalogue'

/** Die Europakarte auf der Start- und der Länderseite. */
export const map: Catalogue['map'] = {
  countTitle: 'Veröffentlichte Praxisbeispiele je Land',
  shareTitle: 'Anteil der Praxisbeispiele jedes Landes mit „{option}“ ({facet})',
  practices: 'Veröffentlichte Praxisbeispiele',
  withOption: 'Mit dieser Option',
  share: 'Anteil',
  countryNone: '{name}: noch kein veröffentlichtes Praxisbeispiel',
  countryCount: '{name}: {n, plural, one {# veröffentlichtes Praxisbeispiel} other {# veröffentlichte Praxisbeispiele}}',
  countryShare: '{name}: {share} ({n, number} von {total, plural, one {# Praxisbeispiel} other {# Praxisbeispiele}})',
  legend: 'Legende',
  legendNone: 'Noch kein veröffentlichtes Praxisbeispiel',
  legendOutside: 'Nicht im Verzeichnis',
  legendRange: 'über {from} bis {to}',
  colourBy: 'Karte einfärben nach',
  countOption: 'Anzahl veröffentlichter Praxisbeispiele',
  shareOption: 'Anteil mit „{option}“',
  show: 'Auf der Karte zeigen',
  hint: 'Jedes Land verlinkt auf sein Profil; dieselben Zahlen stehen in der Tabelle unter der Karte.',
  noShape: 'Nicht auf der Karte gezeichnet (die Kartendaten haben keine Form dafür): {names}.',
}
