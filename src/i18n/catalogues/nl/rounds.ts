import type { Catalogue } from '../catalogue'

export const rounds: Catalogue['rounds'] = {
  round: 'Actualiseringsronde',
  rounds: 'Actualiseringsrondes',
  name: 'Naam',
  nameHelp: 'Hoe de ronde wordt geciteerd, bijv. 2027 update. De naam kan niet meer veranderen als de ronde gesloten is.',
  opensAt: 'Geopend op',
  opensAtHelp: 'Ingevuld door de stap “Ronde openen”.',
  deadline: 'Deadline',
  closedAt: 'Gesloten op',
  countries: 'Landen in de ronde',
  countriesHelp: 'De landen waarvan de gepubliceerde praktijken in deze ronde gecontroleerd worden (geen: alle landen).',
  verifyState: 'Controle in de open ronde',
  verifyStates: {
    toVerify: 'Te controleren',
    confirmed: 'Ongewijzigd bevestigd',
    updated: 'Bijgewerkt',
  },
  verifyRound: 'Ronde van de controle',
  lastVerifiedAt: 'Laatst gecontroleerd op',
  lastVerifiedRound: 'Laatst gecontroleerd in ronde',
  errors: {
    closedIsFixed: 'De ronde “{name}” is gesloten; een gesloten ronde kan niet meer veranderen.',
    openScopeIsFixed: 'De ronde “{name}” is open; de landen ervan kunnen pas veranderen als ze gesloten is.',
    startedIsKept: 'De ronde “{name}” is al geopend en blijft daarom bewaard.',
  },
}
