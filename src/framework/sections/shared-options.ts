/** Option lists that more than one question of the framework uses. */
import { t } from '@/framework/text'
import type { Option } from '@/framework/types'

/** How strongly a service is connected to another service (interface section). */
export const connectednessOptions: readonly Option[] = [
  { key: 'none', label: t('Not connected', 'Geen verbinding', 'Aucun lien', 'Keine Verbindung') },
  {
    key: 'informal',
    label: t('Informal connection', 'Informele verbinding', 'Lien informel', 'Informelle Verbindung'),
  },
  {
    key: 'formal',
    label: t('Formal connection', 'Formele verbinding', 'Lien formel', 'Formelle Verbindung'),
  },
]

/** Driving forces behind the use of ICT (rationale section: `drivers` and `mainDriver`). */
export const driverOptions: readonly Option[] = [
  { key: 'savingCosts', label: t('Saving costs', 'Kosten besparen', 'Réduire les coûts', 'Kosten senken') },
  {
    key: 'efficiency',
    label: t('Promoting efficiency', 'Efficiëntie bevorderen', "Promouvoir l'efficience", 'Effizienz fördern'),
  },
  {
    key: 'effectiveness',
    label: t(
      'Promoting effectiveness',
      'Doeltreffendheid bevorderen',
      "Promouvoir l'efficacité",
      'Wirksamkeit fördern',
    ),
  },
  {
    key: 'wideningAccess',
    label: t('Widening access', 'Toegang verbreden', "Élargir l'accès", 'Zugang erweitern'),
  },
]

// ---------------------------------------------------------------------------
