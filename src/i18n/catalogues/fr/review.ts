import type { Catalogue } from '../catalogue'

export const review: Catalogue['review'] = {
  differenceTitle: 'Modifications à examiner : {title}',
  differenceIntro: 'Ce que le brouillon modifie par rapport à la version publiée, par section du cadre. Les éléments inchangés sont omis.',
  firstPublication: 'Cette pratique n’a pas encore été publiée : chaque élément qu’elle indique est nouveau.',
  noChanges: 'Le brouillon est identique à la version publiée.',
  changedFields: '{n, plural, =0 {Aucun élément modifié} one {# élément modifié} other {# éléments modifiés}}',
  element: 'Élément',
  before: 'Version publiée',
  after: 'Brouillon',
  added: 'Ajouté : {items}',
  removed: 'Retiré : {items}',
  empty: 'vide',
  inLanguage: '{label} ({language})',
  figureValue: '{value} (source : {source})',
  title: 'Titre',
  summary: 'Résumé',
  openInEditor: 'Ouvrir dans l’éditeur',
  notFound: 'Il n’y a pas de pratique portant le numéro {id}, ou vous ne pouvez pas la voir.',
  signIn: 'Connectez-vous pour examiner les pratiques.',
}
