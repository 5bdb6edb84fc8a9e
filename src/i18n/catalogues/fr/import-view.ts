import type { Catalogue } from '../catalogue'

export const importView: Catalogue['importView'] = {
  title: 'Importer des pratiques',
  intro: 'Chargez de nombreuses pratiques à la fois depuis un fichier CSV ou JSON. Le fichier est d’abord vérifié ; rien n’est enregistré avant votre confirmation, et rien du tout si une ligne pose problème. Les pratiques sont reconnues par leur slug : celles qui existent sont mises à jour, les nouvelles créées comme brouillons. Plusieurs valeurs dans une cellule sont séparées par une barre verticale (|) ; parcours, sources, personnes de contact, indicateurs et horaires sont des listes JSON.',
  template: 'Télécharger le modèle',
  example: 'Télécharger un exemple',
  signIn: 'Connectez-vous pour importer des pratiques.',
  file: 'Fichier (CSV ou JSON)',
  check: 'Vérifier le fichier',
  working: 'En cours…',
  failed: 'L’import a échoué.',
  serverAnswered: 'Le serveur a répondu {status}.',
  failedUnexpectedly: 'L’import a échoué de manière inattendue et rien n’a été enregistré (identifiant d’erreur {id} : un administrateur en trouve les détails dans le journal du serveur sous cet identifiant).',
  problems: '{n, plural, one {# problème} other {# problèmes}} sur {rows, plural, one {# ligne} other {# lignes}}. Rien n’a été enregistré. Corrigez le fichier et vérifiez-le à nouveau.',
  row: 'Ligne',
  column: 'Colonne',
  value: 'Valeur',
  expected: 'Attendu',
  checked: '{rows, plural, one {# ligne} other {# lignes}} : {created} à créer, {updated} à mettre à jour, {unchanged} inchangées.',
  imported: '{rows, plural, one {# ligne} other {# lignes}} : {created} créées, {updated} mises à jour, {unchanged} inchangées.',
  importButton: 'Importer {n, plural, one {# pratique} other {# pratiques}}',
}
