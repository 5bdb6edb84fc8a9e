import type { Catalogue } from '../catalogue'

export const rounds: Catalogue['rounds'] = {
  round: 'Aktualisierungsrunde',
  rounds: 'Aktualisierungsrunden',
  name: 'Name',
  nameHelp: 'Wie die Runde zitiert wird, z. B. 2027 update. Nach dem Abschluss der Runde ändert er sich nicht mehr.',
  opensAt: 'Eröffnet am',
  opensAtHelp: 'Wird durch den Schritt „Runde eröffnen“ gesetzt.',
  deadline: 'Frist',
  closedAt: 'Abgeschlossen am',
  countries: 'Länder der Runde',
  countriesHelp: 'Die Länder, deren veröffentlichte Praktiken in dieser Runde zu prüfen sind (keine: alle Länder).',
  verifyState: 'Prüfung in der offenen Runde',
  verifyStates: {
    toVerify: 'Zu prüfen',
    confirmed: 'Unverändert bestätigt',
    updated: 'Aktualisiert',
  },
  verifyRound: 'Runde der Prüfung',
  lastVerifiedAt: 'Zuletzt geprüft am',
  lastVerifiedRound: 'Zuletzt geprüft in Runde',
  errors: {
    closedIsFixed: 'Die Runde „{name}“ ist abgeschlossen; eine abgeschlossene Runde kann sich nicht mehr ändern.',
    openScopeIsFixed: 'Die Runde „{name}“ ist offen; ihre Länder können sich erst nach dem Abschluss ändern.',
    startedIsKept: 'Die Runde „{name}“ wurde bereits eröffnet und bleibt daher erhalten.',
  },
}
