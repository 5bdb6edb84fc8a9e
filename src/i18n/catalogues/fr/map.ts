import type { Catalogue } from '../catalogue'

/** La carte de l’Europe des pages d’accueil et des pays. */
export const map: Catalogue['map'] = {
  countTitle: 'Pratiques publiées par pays',
  shareTitle: 'Part des pratiques de chaque pays avec « {option} » ({facet})',
  practices: 'Pratiques publiées',
  withOption: 'Avec cette option',
  share: 'Part',
  countryNone: '{name} : aucune pratique publiée pour l’instant',
  countryCount: '{name} : {n, plural, one {# pratique publiée} other {# pratiques publiées}}',
  countryShare: '{name} : {share} ({n, number} sur {total, plural, one {# pratique} other {# pratiques}})',
  legend: 'Légende',
  legendNone: 'Aucune pratique publiée pour l’instant',
  legendOutside: 'Hors de l’inventaire',
  legendRange: 'plus de {from} à {to}',
  colourBy: 'Colorer la carte selon',
  countOption: 'Nombre de pratiques publiées',
  shareOption: 'Part avec « {option} »',
  show: 'Afficher sur la carte',
  hint: 'Chaque pays mène à son profil ; les mêmes chiffres figurent dans le tableau sous la carte.',
  noShape: 'Non dessiné sur la carte (les données cartographiques n’en ont pas la forme) : {names}.',
}
