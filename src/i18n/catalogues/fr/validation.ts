import type { Catalogue } from '../catalogue'

export const validation: Catalogue['validation'] = {
  slug: 'Utilisez des minuscules, des chiffres et des traits d’union simples, p. ex. clbchat.',
  slugNeeded: 'Avant de publier, indiquez le slug, ou un titre anglais dont le déduire.',
  sourceKey: 'Utilisez des minuscules, des chiffres et des traits d’union.',
  indicatorSource: 'Choisissez une des sources de l’onglet Fiche.',
  metric: 'Choisissez une mesure dans la liste.',
  metricKey: 'Écrivez la clé en camelCase : une minuscule, puis des lettres ou des chiffres (2 à 48), p. ex. occupationalProfiles.',
  timeOfDay: 'Utilisez le format 24 heures, p. ex. 09:00 ou 17:30.',
  period: 'Écrivez une année (2016) ou une année scolaire (2016-17).',
  httpUrl: 'Saisissez une adresse web complète commençant par https:// ou http://.',
  roundName: 'Utilisez au plus 100 lettres, chiffres, espaces et . _ - ( ) /, p. ex. Mise à jour 2027 : le nom fait partie de l’adresse des données ouvertes de la campagne.',
  unknownSource: 'La source « {source} » ne figure pas parmi les sources de cette pratique ({keys}).',
  noSourcesYet: 'aucune pour l’instant',
}
