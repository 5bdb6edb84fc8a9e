import { MAX_PEERS } from '@/benchmark/answer-limits'
import type { Translations } from '@/i18n/translate'
import type { FormModel } from '@/benchmark/view-models/form-model'

/** Published practices to compare with, element by element. */
export function PeerFields({ t, model, chosen }: { t: Translations<'benchmark'>; model: FormModel; chosen: readonly string[] }) {
  if (model.peerOptions.length === 0) return null
  return (
    <fieldset className="peer-choices" aria-describedby="peers-help">
      <legend>{t.peersLegend({ max: MAX_PEERS })}</legend>
      <p className="hint" id="peers-help">
        {t.peersHelp}
      </p>
      <ul>
        {model.peerOptions.map((option) => (
          <li key={option.id}>
            <label>
              <input type="checkbox" name="peers" value={option.id} defaultChecked={chosen.includes(option.id)} /> {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
