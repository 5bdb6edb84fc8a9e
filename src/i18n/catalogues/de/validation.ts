import type { Catalogue } from '../catalogue'

export const validation: Catalogue['validation'] = {
  slug: 'Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. clbchat.',
  slugNeeded: 'Geben Sie vor dem Veröffentlichen den Slug an oder einen englischen Titel, aus dem er gebildet wird.',
  sourceKey: 'Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche.',
  indicatorSource: 'Wählen Sie eine der Quellen auf dem Reiter Datensatz.',
  metric: 'Wählen Sie eine Kennzahl aus der Liste.',
  metricKey: 'Schreiben Sie den Schlüssel in camelCase: ein Kleinbuchstabe, dann Buchstaben oder Ziffern (2 bis 48), z. B. occupationalProfiles.',
  timeOfDay: 'Verwenden Sie das 24-Stunden-Format, z. B. 09:00 oder 17:30.',
  period: 'Schreiben Sie ein Jahr (2016) oder ein Schuljahr (2016-17).',
  httpUrl: 'Geben Sie eine vollständige Webadresse ein, die mit https:// oder http:// beginnt.',
  roundName: 'Verwenden Sie höchstens 100 Buchstaben, Ziffern, Leerzeichen und . _ - ( ) /, z. B. Aktualisierung 2027: Der Name ist Teil der Adresse der offenen Daten der Runde.',
  unknownSource: 'Die Quelle „{source}“ gehört nicht zu den Quellen dieser Praxis ({keys}).',
  noSourcesYet: 'noch keine',
}
