import type { Catalogue } from '../catalogue'

/** De kaart van Europa op de start- en landenpagina. */
export const map: Catalogue['map'] = {
  countTitle: 'Gepubliceerde praktijken per land',
  shareTitle: 'Aandeel van de praktijken van elk land met “{option}” ({facet})',
  practices: 'Gepubliceerde praktijken',
  withOption: 'Met deze optie',
  share: 'Aandeel',
  countryNone: '{name}: nog geen gepubliceerde praktijk',
  countryCount: '{name}: {n, plural, one {# gepubliceerde praktijk} other {# gepubliceerde praktijken}}',
  countryShare: '{name}: {share} ({n, number} van {total, plural, one {# praktijk} other {# praktijken}})',
  legend: 'Legenda',
  legendNone: 'Nog geen gepubliceerde praktijk',
  legendOutside: 'Niet in de inventaris',
  legendRange: 'meer dan {from} tot {to}',
  colourBy: 'Kleur de kaart naar',
  countOption: 'Aantal gepubliceerde praktijken',
  shareOption: 'Aandeel met “{option}”',
  show: 'Toon op de kaart',
  hint: 'Elk land linkt naar zijn profiel; dezelfde cijfers staan in de tabel onder de kaart.',
  noShape: 'Niet op de kaart getekend (de kaartgegevens hebben er geen vorm voor): {names}.',
}
