import type { Catalogue } from '../catalogue'

export const rounds: Catalogue['rounds'] = {
  round: 'Campagne de mise à jour',
  rounds: 'Campagnes de mise à jour',
  name: 'Nom',
  nameHelp: 'Le nom sous lequel la campagne est citée, p. ex. 2027 update. Il ne change plus une fois la campagne close.',
  opensAt: 'Ouverte le',
  opensAtHelp: 'Renseigné par l’étape « Ouvrir la campagne ».',
  deadline: 'Échéance',
  closedAt: 'Close le',
  countries: 'Pays concernés',
  countriesHelp: 'Les pays dont les pratiques publiées sont à vérifier dans cette campagne (aucun : tous les pays).',
  verifyState: 'Vérification dans la campagne ouverte',
  verifyStates: {
    toVerify: 'À vérifier',
    confirmed: 'Confirmée sans changement',
    updated: 'Mise à jour',
  },
  verifyRound: 'Campagne de la vérification',
  lastVerifiedAt: 'Dernière vérification le',
  lastVerifiedRound: 'Dernière vérification dans la campagne',
  errors: {
    closedIsFixed: 'La campagne « {name} » est close ; une campagne close ne peut plus changer.',
    openScopeIsFixed: 'La campagne « {name} » est ouverte ; ses pays ne peuvent changer qu’après sa clôture.',
    startedIsKept: 'La campagne « {name} » a été ouverte ; elle est donc conservée.',
  },
}
