import type { Catalogue } from '../catalogue'

export const validation: Catalogue['validation'] = {
  slug: 'Gebruik kleine letters, cijfers en enkele koppeltekens, bijv. clbchat.',
  slugNeeded: 'Vul vóór het publiceren de slug in, of een Engelse titel om hem van te maken.',
  sourceKey: 'Gebruik kleine letters, cijfers en koppeltekens.',
  indicatorSource: 'Kies een van de bronnen op het tabblad Fiche.',
  metric: 'Kies een maatstaf uit de lijst.',
  metricKey: 'Schrijf de sleutel in camelCase: een kleine letter, dan letters of cijfers (2 tot 48), bv. occupationalProfiles.',
  timeOfDay: 'Gebruik de 24-uursnotatie, bijv. 09:00 of 17:30.',
  period: 'Schrijf een jaar (2016) of een schooljaar (2016-17).',
  httpUrl: 'Vul een volledig webadres in dat begint met https:// of http://.',
  roundName: 'Gebruik hoogstens 100 letters, cijfers, spaties en . _ - ( ) /, bv. Actualisering 2027: de naam staat in het adres van de open data van de ronde.',
  unknownSource: 'Bron "{source}" hoort niet bij de bronnen van deze praktijk ({keys}).',
  noSourcesYet: 'nog geen',
}
