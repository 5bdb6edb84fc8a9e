/**
 * The compare list in localStorage as an external store for useSyncExternalStore: the snapshot is the
 * raw stored string, so it is stable between reads; other tabs notify through the `storage` event.
 */
import { COMPARE_STORAGE_KEY } from './compare-list'

const CHANGE_EVENT = 'atlas-compare-change'

export function subscribeCompareList(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === COMPARE_STORAGE_KEY || event.key === null) onChange()
  }
  window.addEventListener('storage', onStorage)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onStorage)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

/** The raw stored value; '' when storage is unavailable (private mode, blocked). */
export function readCompareList(): string {
  try {
    return window.localStorage.getItem(COMPARE_STORAGE_KEY) ?? '[]'
  } catch {
    return ''
  }
}

/** No storage on the server: the component renders its no-script fallback. */
export const serverCompareList = (): null => null

export function writeCompareList(slugs: readonly string[]): boolean {
  try {
    window.localStorage.setItem(COMPARE_STORAGE_KEY, JSON.stringify(slugs))
  } catch {
    return false
  }
  window.dispatchEvent(new Event(CHANGE_EVENT))
  return true
}
